#include "services/packages/PackageExporter.h"

#include "services/access/AccessPolicy.h"
#include "services/packages/FeedbackPackageReader.h"
#include "services/packages/FeedbackPackageWriter.h"
#include "services/packages/PackageFormat.h"
#include "services/packages/PackageTrust.h"
#include "services/packages/ReportPackageReader.h"
#include "services/packages/ReportPackageWriter.h"
#include "services/report/ReportContentCollector.h"
#include "storage/BotilbudRepository.h"
#include "storage/Database.h"
#include "storage/MonthlyReportRepository.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QSaveFile>

namespace medsafe::services {

using namespace medsafe::domain;

namespace {

QDate firstOfMonth(const QDate& date) {
    return QDate(date.year(), date.month(), 1);
}

} // namespace

PackageExporter::PackageExporter(storage::Database& db, const QDate& today)
    : m_db(db), m_today(today.isValid() ? today : QDate::currentDate()) {}

Status PackageExporter::writeFile(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error::forUser(
            QStringLiteral("cannot write %1: %2").arg(path, file.errorString()),
            tr("The package could not be saved as %1. Check that the folder exists and that "
               "you may write to it.")
                .arg(path));
    }
    return success();
}

Result<PackageExportOutcome> PackageExporter::exportMonthlyReport(BotilbudId botilbudId, const QDate& monthIn,
                                                                  const QString& path) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::ExchangePackages, botilbudId); !allowed)
        return allowed.error();
    const QDate month = firstOfMonth(monthIn);
    storage::Transaction tx(m_db);
    auto botilbud = storage::BotilbudRepository(m_db).get(botilbudId);
    if (!botilbud) return botilbud.error();
    if (botilbud->origin != BotilbudOrigin::Local) {
        return Error::forUser(
            QStringLiteral("botilbud %1 came from a package").arg(botilbudId.value),
            tr("\"%1\" came to this database in a package. A monthly report is sent from the "
               "botilbud's own database.")
                .arg(botilbud->name));
    }
    storage::MonthlyReportRepository reports(m_db);
    auto report = reports.forMonth(botilbudId, month);
    if (!report) return report.error();
    if (!*report) {
        return Error::forUser(QStringLiteral("no monthly report for %1").arg(PackageFormat::monthText(month)),
                              tr("\"%1\" has no report for %2 yet. The tovholder writes the month's report "
                                 "first; then it can be sent as a package.")
                                  .arg(botilbud->name, PackageFormat::monthText(month)));
    }
    PackageExportOutcome outcome{botilbud->name, month, path, 0, false};
    if ((*report)->status == ReportStatus::Draft) {
        // Exporting is the act of sending the report.
        MonthlyReport sent = **report;
        sent.status = ReportStatus::Sent;
        sent.sentDate = m_today;
        if (auto status = reports.update(sent); !status) return status.error();
        outcome.markedSent = true;
    }
    auto content = ReportContentCollector(m_db).collectForSharing(botilbudId, month);
    if (!content) return content.error();
    auto key = PackageTrust(m_db, m_today).ownKeyPair();
    if (!key) return key.error();
    const QByteArray bytes = ReportPackageWriter::write(*content, *key, m_today);
    // Never send what a consultant's Medicinsikker would refuse.
    if (auto check = ReportPackageReader::read(bytes); !check) return check.error();
    if (auto status = writeFile(path, bytes); !status) return status.error();
    if (auto status = tx.commit(); !status) {
        QFile::remove(path);
        return status.error();
    }
    outcome.bytes = bytes.size();
    return outcome;
}

Result<PackageExportOutcome> PackageExporter::exportFeedback(BotilbudId botilbudId, const QDate& monthIn,
                                                             const QString& path) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::WriteFeedback); !allowed)
        return allowed.error();
    const QDate month = firstOfMonth(monthIn);
    storage::Transaction tx(m_db);
    auto botilbud = storage::BotilbudRepository(m_db).get(botilbudId);
    if (!botilbud) return botilbud.error();
    if (botilbud->origin != BotilbudOrigin::Package) {
        return Error::forUser(
            QStringLiteral("feedback export for local botilbud %1").arg(botilbudId.value),
            tr("Feedback is sent from the consultant's database, for a botilbud whose reports "
               "arrived in packages; \"%1\" is worked on in this database.")
                .arg(botilbud->name));
    }
    storage::MonthlyReportRepository reports(m_db);
    auto report = reports.forMonth(botilbudId, month);
    if (!report) return report.error();
    if (!*report || (*report)->consultantFeedback.trimmed().isEmpty()) {
        return Error::forUser(
            QStringLiteral("no feedback for %1").arg(PackageFormat::monthText(month)),
            tr("There is no feedback on the report of \"%1\" for %2 yet. Write the feedback "
               "first.")
                .arg(botilbud->name, PackageFormat::monthText(month)));
    }
    MonthlyReport withFeedback = **report;
    if (!withFeedback.feedbackDate.isValid() || withFeedback.status != ReportStatus::FeedbackReceived) {
        if (!withFeedback.feedbackDate.isValid()) withFeedback.feedbackDate = m_today;
        withFeedback.status = ReportStatus::FeedbackReceived;
        if (!withFeedback.sentDate.isValid()) withFeedback.sentDate = withFeedback.feedbackDate;
        if (auto status = reports.update(withFeedback); !status) return status.error();
    }
    FeedbackPackage feedback;
    feedback.botilbudKey = botilbud->packageKey;
    feedback.month = month;
    feedback.consultantFeedback = withFeedback.consultantFeedback;
    feedback.feedbackDate = withFeedback.feedbackDate;
    feedback.createdOn = m_today;
    auto key = PackageTrust(m_db, m_today).ownKeyPair();
    if (!key) return key.error();
    const QByteArray bytes = FeedbackPackageWriter::write(feedback, *key);
    if (auto check = FeedbackPackageReader::read(bytes); !check) return check.error();
    if (auto status = writeFile(path, bytes); !status) return status.error();
    if (auto status = tx.commit(); !status) {
        QFile::remove(path);
        return status.error();
    }
    return PackageExportOutcome{botilbud->name, month, path, bytes.size(), false};
}

} // namespace medsafe::services
