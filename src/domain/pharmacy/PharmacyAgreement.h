#pragma once

#include "domain/Ids.h"
#include "domain/RowVersion.h"

#include <QDate>
#include <QString>

namespace medsafe::domain {

// What the botilbud agreed with its local pharmacy (apoteksaftale): who, what (teaching,
// quality assurance of medication handling) and how often, for which period. A botilbud may
// have had several over the years; the one whose period covers a day is the agreement of
// that day.
struct PharmacyAgreement {
    PharmacyAgreementId id;
    BotilbudId botilbudId;
    QString pharmacyName;   // "Apoteket Trøjborg"
    QString contactPerson;  // the pharmacist the botilbud calls
    QString contactDetails; // phone or e-mail
    bool teaching = false;
    bool qualityAssurance = false;
    int visitsPerYear = 0;   // quality-assurance visits agreed per year
    int teachingPerYear = 0; // teaching sessions agreed per year
    QDate startsOn;
    QDate endsOn; // null = open-ended
    QString note;
    RowVersion rowVersion;

    bool covers(const QDate& day) const {
        return startsOn.isValid() && day >= startsOn && (!endsOn.isValid() || day <= endsOn);
    }
    friend bool operator==(const PharmacyAgreement&, const PharmacyAgreement&) = default;
};

} // namespace medsafe::domain
