#include "services/packages/PackageImporter.h"

#include "domain/MonthlyReportValidator.h"
#include "services/access/AccessPolicy.h"
#include "services/packages/FeedbackPackageReader.h"
#include "services/packages/PackageEnvelopeReader.h"
#include "services/packages/PackageFormat.h"
#include "services/packages/PackageTrust.h"
#include "services/packages/ReportPackageReader.h"
#include "storage/BotilbudRepository.h"
#include "storage/Database.h"
#include "storage/MonthlyReportRepository.h"
#include "storage/ReceivedPackageRepository.h"
#include "storage/Transaction.h"

#include <QFile>

namespace medsafe::services {

using namespace medsafe::domain;

#define PACKAGE_TRY(expr)                                                                                    \
    do {                                                                                                     \
        if (auto packageTryResult_ = (expr); !packageTryResult_) return packageTryResult_.error();           \
    } while (false)

PackageImporter::PackageImporter(storage::Database& db, const QDate& today)
    : m_db(db), m_today(today.isValid() ? today : QDate::currentDate()) {}

Result<PackageImportOutcome> PackageImporter::importFile(const QString& path) const {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::forUser(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()),
                              tr("The file %1 could not be read.").arg(path));
    }
    // One byte over the limit is enough for the reader to refuse the file as too large.
    return importBytes(file.read(PackageFormat::kMaxBytes + 1));
}

Result<PackageImportOutcome> PackageImporter::importBytes(const QByteArray& bytes) const {
    auto envelope = PackageEnvelopeReader::read(bytes);
    if (!envelope) return envelope.error();
    if (envelope->kind == PackageFormat::feedbackKind()) return importFeedback(*envelope);
    if (envelope->kind == PackageFormat::changeKind()) {
        return Error::forUser(
            QStringLiteral("change package given to the report importer"),
            tr("The file is a change package (forandringspakke), not a monthly report. Import "
               "it in Sustain and spread › Spread, in the database of the botilbud that is "
               "to try the change."));
    }
    return importReport(*envelope, bytes);
}

namespace {

// The report row a package is about to write, through the same rules as a typed report; the
// first problem names its field in the package.
Status validated(const MonthlyReport& report) {
    const ValidationIssues issues = MonthlyReportValidator::validate(report);
    if (issues.isEmpty()) return success();
    const QString path = QStringLiteral("content.report.") + issues.constFirst().field;
    return Error::forUser(
        QStringLiteral("package report fails validation at %1").arg(path),
        PackageImporter::tr("The package is refused: %1 does not pass the checks typed text "
                            "passes: %2")
            .arg(path, issues.constFirst().message));
}

} // namespace

Result<PackageImportOutcome> PackageImporter::importReport(const PackageEnvelope& envelope,
                                                           const QByteArray& bytes) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::ReceivePackages); !allowed)
        return allowed.error();
    auto package = ReportPackageReader::fromEnvelope(envelope);
    if (!package) return package.error();
    const MonthlyReportContent& content = package->content;
    PackageImportOutcome outcome;
    outcome.kind = PackageImportOutcome::Kind::MonthlyReport;
    outcome.botilbudName = content.botilbud.name;
    outcome.month = content.month;

    storage::Transaction tx(m_db);
    storage::BotilbudRepository botilbuds(m_db);
    auto found = botilbuds.byPackageKey(content.botilbud.packageKey);
    if (!found) return found.error();
    Botilbud botilbud;
    if (*found) {
        botilbud = **found;
        if (botilbud.origin == BotilbudOrigin::Local) {
            return Error::forUser(QStringLiteral("package key %1 belongs to local botilbud %2")
                                      .arg(content.botilbud.packageKey)
                                      .arg(botilbud.id.value),
                                  tr("The package comes from this database's own botilbud \"%1\". Import it "
                                     "into the consultant's database instead.")
                                      .arg(botilbud.name));
        }
    }
    // Nothing is written for a package whose signer this database does not trust for the botilbud.
    PACKAGE_TRY(PackageTrust(m_db, m_today).checkSigner(envelope, content.botilbud.name));
    if (!*found) {
        botilbud = content.botilbud;
        botilbud.id = {};
        botilbud.createdDate = m_today;
        botilbud.origin = BotilbudOrigin::Package;
        auto id = botilbuds.add(botilbud);
        if (!id) return id.error();
        botilbud.id = *id;
        outcome.createdBotilbud = true;
    }

    storage::ReceivedPackageRepository received(m_db);
    auto previous = received.forMonth(botilbud.id, content.month);
    if (!previous) return previous.error();
    if (*previous && (*previous)->sha256 == package->sha256) {
        outcome.unchanged = true;
        return outcome; // the guard rolls back; nothing was written
    }
    outcome.replaced = previous->has_value();

    // The botilbud's own words win over older ones: the newest month keeps name and size current.
    auto months = received.monthsOf(botilbud.id);
    if (!months) return months.error();
    if (!outcome.createdBotilbud && (months->isEmpty() || content.month >= months->constLast())) {
        botilbud.name = content.botilbud.name;
        botilbud.municipality = content.botilbud.municipality;
        botilbud.residentCount = content.botilbud.residentCount;
        PACKAGE_TRY(botilbuds.update(botilbud));
    }
    PACKAGE_TRY(received.put(
        {{}, botilbud.id, content.month, package->sha256, bytes, QDateTime::currentDateTimeUtc()}));

    storage::MonthlyReportRepository reports(m_db);
    auto existing = reports.forMonth(botilbud.id, content.month);
    if (!existing) return existing.error();
    MonthlyReport report = existing->value_or(MonthlyReport{});
    const MonthlyReport& sent = content.report;
    report.botilbudId = botilbud.id;
    report.month = content.month;
    report.wentWell = sent.wentWell;
    report.barriers = sent.barriers;
    report.supportNeeded = sent.supportNeeded;
    report.planNextMonth = sent.planNextMonth;
    report.selfScore = sent.selfScore;
    report.sentDate = sent.sentDate.isValid() ? sent.sentDate : package->createdOn;
    // Feedback written in this database is the consultant's own and is never overwritten.
    if (report.consultantFeedback.trimmed().isEmpty() && !sent.consultantFeedback.trimmed().isEmpty() &&
        sent.feedbackDate.isValid()) {
        report.consultantFeedback = sent.consultantFeedback;
        report.feedbackDate = sent.feedbackDate;
    }
    report.status =
        report.consultantFeedback.trimmed().isEmpty() ? ReportStatus::Sent : ReportStatus::FeedbackReceived;
    PACKAGE_TRY(validated(report));
    if (*existing)
        PACKAGE_TRY(reports.update(report));
    else
        PACKAGE_TRY(reports.add(report));
    PACKAGE_TRY(tx.commit());
    return outcome;
}

Result<PackageImportOutcome> PackageImporter::importFeedback(const PackageEnvelope& envelope) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::ExchangePackages); !allowed)
        return allowed.error();
    auto feedback = FeedbackPackageReader::fromEnvelope(envelope);
    if (!feedback) return feedback.error();
    PackageImportOutcome outcome;
    outcome.kind = PackageImportOutcome::Kind::Feedback;
    outcome.month = feedback->month;

    storage::Transaction tx(m_db);
    auto found = storage::BotilbudRepository(m_db).byPackageKey(feedback->botilbudKey);
    if (!found) return found.error();
    if (!*found) {
        return Error::forUser(
            QStringLiteral("no botilbud with package key %1").arg(feedback->botilbudKey),
            tr("The feedback is for a botilbud that is not in this database. Import it into "
               "the database of the botilbud that sent the report."));
    }
    const Botilbud& botilbud = **found;
    outcome.botilbudName = botilbud.name;
    if (botilbud.origin != BotilbudOrigin::Local) {
        return Error::forUser(
            QStringLiteral("feedback for package botilbud %1 refused").arg(botilbud.id.value),
            tr("The feedback is for \"%1\", whose reports only arrive here in packages. Feedback is "
               "imported into the botilbud's own database.")
                .arg(botilbud.name));
    }
    PACKAGE_TRY(PackageTrust(m_db, m_today).checkSigner(envelope, PackageTrust::consultantOf(botilbud.name)));
    storage::MonthlyReportRepository reports(m_db);
    auto existing = reports.forMonth(botilbud.id, feedback->month);
    if (!existing) return existing.error();
    if (!*existing) {
        return Error::forUser(
            QStringLiteral("no monthly report for %1").arg(PackageFormat::monthText(feedback->month)),
            tr("\"%1\" has no report for %2, so there is nothing to attach the feedback to.")
                .arg(botilbud.name, PackageFormat::monthText(feedback->month)));
    }
    MonthlyReport report = **existing;
    if (report.consultantFeedback == feedback->consultantFeedback &&
        report.feedbackDate == feedback->feedbackDate && report.status == ReportStatus::FeedbackReceived) {
        outcome.unchanged = true;
        return outcome;
    }
    outcome.replaced = !report.consultantFeedback.trimmed().isEmpty();
    report.consultantFeedback = feedback->consultantFeedback;
    report.feedbackDate = feedback->feedbackDate;
    report.status = ReportStatus::FeedbackReceived;
    // Feedback can only answer a sent report; a report still marked draft here was sent as a package.
    if (!report.sentDate.isValid()) report.sentDate = std::min(feedback->feedbackDate, m_today);
    PACKAGE_TRY(validated(report));
    PACKAGE_TRY(reports.update(report));
    PACKAGE_TRY(tx.commit());
    return outcome;
}

} // namespace medsafe::services
