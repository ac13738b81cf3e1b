#pragma once

#include "domain/RowVersion.h"
#include "domain/startup/StartupIds.h"

#include <QDate>
#include <QString>

namespace medsafe::domain {

// A delegated right (delegation af forbeholdt virksomhed) a staff member holds from a doctor,
// e.g. to give insulin, for a period. validTo null = until further notice.
struct Delegation {
    static constexpr int kSoonDays = 30;

    DelegationId id;
    BotilbudId botilbudId;
    PersonId personId;
    QString delegatedRight;
    QString doctor;
    QDate validFrom;
    QDate validTo;
    QString note;
    RowVersion rowVersion;

    bool isCurrent(const QDate& today) const {
        return validFrom.isValid() && validFrom <= today && (!validTo.isValid() || validTo >= today);
    }
    bool isExpired(const QDate& today) const { return validTo.isValid() && validTo < today; }
    // Still valid, but ends within `days` days.
    bool expiresWithin(const QDate& today, int days = kSoonDays) const {
        return validTo.isValid() && validTo >= today && today.daysTo(validTo) <= days;
    }
    friend bool operator==(const Delegation&, const Delegation&) = default;
};

} // namespace medsafe::domain
