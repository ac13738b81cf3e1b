#pragma once

#include "domain/EnumCodes.h"
#include "domain/Ids.h"

#include <QDate>
#include <QList>
#include <QString>

namespace medsafe::domain {

// The areas of the pharmacy's quality assurance of medication handling (kvalitetssikring af
// medicinhåndtering), in the order the audit walks through the home.
enum class QaArea {
    Storage,        // opbevaring, temperatur, udløbsdatoer
    Dispensing,     // dosisæsker, dobbeltkontrol
    Administration, // udlevering og indgivelse
    Documentation,  // medicinlisten og FMK stemmer
    PnMedicine,     // PN-medicin
    Delegation,     // delegation og kompetencer
    Disposal,       // kassation og returnering
};

template <> struct EnumCodeTable<QaArea> {
    static constexpr std::array<EnumCode<QaArea>, 7> kEntries{{
        {QaArea::Storage, "storage"},
        {QaArea::Dispensing, "dispensing"},
        {QaArea::Administration, "administration"},
        {QaArea::Documentation, "documentation"},
        {QaArea::PnMedicine, "pn"},
        {QaArea::Delegation, "delegation"},
        {QaArea::Disposal, "disposal"},
    }};
};

struct QaChecklistItem {
    QaChecklistItemId id;
    QaArea area = QaArea::Storage;
    QString text;

    friend bool operator==(const QaChecklistItem&, const QaChecklistItem&) = default;
};

// One version of a botilbud's audit checklist. A version is never changed once a visit used
// it: editing the checklist writes the next version, and every visit keeps the version it
// was audited against, so old visits read as they were done.
struct QaChecklist {
    QaChecklistId id;
    BotilbudId botilbudId;
    int versionNumber = 1;
    QDate createdOn;
    QList<QaChecklistItem> items; // in the order they are asked

    const QaChecklistItem* item(QaChecklistItemId itemId) const {
        for (const QaChecklistItem& i : items) {
            if (i.id == itemId) return &i;
        }
        return nullptr;
    }
    friend bool operator==(const QaChecklist&, const QaChecklist&) = default;
};

} // namespace medsafe::domain
