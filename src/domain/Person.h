#pragma once

#include "domain/EnumCodes.h"
#include "domain/Ids.h"

#include <QFlags>
#include <QDate>
#include <QString>
#include <QStringList>

namespace medsafe::domain {

// What a person does in the programme; one person may hold several roles.
enum class PersonRole {
    Tovholder = 0x01,
    Leader = 0x02,
    WorkingGroupMember = 0x04,
    Staff = 0x08,
    PsConsultant = 0x10,
    PharmacyContact = 0x20,
};
Q_DECLARE_FLAGS(PersonRoles, PersonRole)
Q_DECLARE_OPERATORS_FOR_FLAGS(PersonRoles)

template <> struct EnumCodeTable<PersonRole> {
    static constexpr std::array<EnumCode<PersonRole>, 6> kEntries{{
        {PersonRole::Tovholder, "tovholder"},
        {PersonRole::Leader, "leader"},
        {PersonRole::WorkingGroupMember, "working_group"},
        {PersonRole::Staff, "staff"},
        {PersonRole::PsConsultant, "ps_consultant"},
        {PersonRole::PharmacyContact, "pharmacy_contact"},
    }};
};

// Role sets are stored as their codes, one per role.
inline QStringList roleCodes(PersonRoles roles) {
    QStringList codes;
    for (PersonRole role : allValues<PersonRole>()) {
        if (roles.testFlag(role)) codes << toCode(role);
    }
    return codes;
}

// Unknown codes are ignored (a newer app version may know more roles).
inline PersonRoles rolesFromCodes(const QStringList& codes) {
    PersonRoles roles;
    for (const QString& code : codes) {
        if (auto role = fromCode<PersonRole>(code)) roles |= *role;
    }
    return roles;
}

// Staff and partners. No resident is ever a Person: the app stores no resident names.
struct Person {
    PersonId id;
    BotilbudId botilbudId;
    QString name;
    PersonRoles roles;
    bool handlesMedicine = false;
    QString email; // optional, empty when unknown
    bool active = true;
    // When the person joined and left the botilbud's work (null: not recorded). A person who
    // leaves is retired (active false, endDate set), never deleted: history keeps their name.
    QDate startDate;
    QDate endDate;

    friend bool operator==(const Person&, const Person&) = default;
};

} // namespace medsafe::domain
