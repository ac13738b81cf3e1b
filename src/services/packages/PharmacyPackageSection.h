#pragma once

#include "services/packages/PackageJson.h"
#include "services/report/PharmacySummary.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

namespace medsafe::services {

// The pharmacy section of a monthly-report package (content.pharmacy, since format version 3;
// docs/package-format.md): written from a PharmacySummary and read back strictly. Besides the
// types, codes and ranges PackageJson checks, the reader refuses a section whose figures do not
// fit together — areas or categories named twice or missing, per-area counts that do not add up
// to the visit's, more procedure changes than questions, a visit or finding after the month, a
// closed finding among the open ones, a deadline before its visit. CPR-shaped numbers in its
// texts are refused with every other text by PackageEnvelopeReader. Stateless; any thread.
class PharmacyPackageSection {
    Q_DECLARE_TR_FUNCTIONS(PharmacyPackageSection)

public:
    // Far above any real botilbud; a larger number is a damaged or crafted file.
    static constexpr int kMaxCount = 1'000'000;

    static QJsonObject write(const PharmacySummary& summary);
    // Reads the section of a report for the month [month, monthEnd]; a problem is recorded in
    // `json` (check json.ok() afterwards, as for every PackageJson read).
    static PharmacySummary read(PackageJson json, const QDate& month);
};

} // namespace medsafe::services
