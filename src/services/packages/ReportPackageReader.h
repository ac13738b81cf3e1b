#pragma once

#include "domain/Result.h"
#include "services/packages/PackageEnvelopeReader.h"
#include "services/report/MonthlyReportContent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace medsafe::services {

// A monthly-report package read back: the content (charts recomputed here, never taken from
// the file), the checksum that identifies it and the day it was made.
struct ReportPackage {
    MonthlyReportContent content;
    QString sha256;
    QDate createdOn;
};

// Reads a monthly-report package and refuses, with a translated message naming the JSON path,
// anything malformed: missing or mistyped fields, unknown codes, bad dates, a self score
// outside 1-5, negative counts or counts of 1-4 that are not suppressed, and a pharmacy section
// that PharmacyPackageSection refuses (version 3; older versions have none). Ids in the content are
// the sender's, opaque here; the botilbud carries only its key, name, municipality and
// resident count, and no id. Each measure's chart is rebuilt with DashboardService::chartOf, so
// the analysis is computed by this program. Stateless; any thread.
class ReportPackageReader {
    Q_DECLARE_TR_FUNCTIONS(ReportPackageReader)

public:
    static Result<ReportPackage> read(const QByteArray& bytes,
                                      SignaturePolicy policy = SignaturePolicy::Incoming);
    static Result<ReportPackage> fromEnvelope(const PackageEnvelope& envelope);
};

} // namespace medsafe::services
