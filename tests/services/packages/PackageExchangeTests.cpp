// Import and export on real temporary SQLite files: botilbud → consultant → feedback →
// botilbud in process, importing twice, and refusals that leave the database untouched
// (same row counts, same file bytes).
#include "PackageTestSupport.h"
#include "services/packages/FeedbackPackageWriter.h"
#include "services/packages/PackageExporter.h"
#include "services/packages/PackageImporter.h"
#include "services/packages/PackageTrust.h"
#include "services/packages/ReportPackageReader.h"
#include "services/packages/ReportPackageWriter.h"
#include "storage/MonthlyReportRepository.h"
#include "storage/ReceivedPackageRepository.h"

#include <QTemporaryDir>

using namespace medsafe;
using namespace medsafe::services;
using namespace medsafe::services::test;
using namespace medsafe::domain;

namespace {

// Opens the file, imports, closes: the way the CLI does it, so file bytes can be compared.
Result<PackageImportOutcome> importInto(const QString& dbPath, const QByteArray& package) {
    auto db = openFile(dbPath);
    return PackageImporter(*db, BotilbudFixture::today()).importBytes(package);
}

// The import of `package` is refused and neither rows nor bytes of the file change.
void requireRefusedUnchanged(const QString& dbPath, const QByteArray& package, const QString& expected) {
    QList<qint64> counts;
    {
        auto db = openFile(dbPath);
        counts = rowCounts(*db);
    }
    const QByteArray before = fileBytes(dbPath);
    auto outcome = importInto(dbPath, package);
    REQUIRE_FALSE(outcome.ok());
    INFO(outcome.error().userMessage.toStdString());
    CHECK(outcome.error().userMessage.contains(expected));
    CHECK(fileBytes(dbPath) == before);
    auto db = openFile(dbPath);
    CHECK(rowCounts(*db) == counts);
}

QString exportFrom(const QString& dbPath, const QDate& month, const QString& out) {
    auto db = openFile(dbPath);
    // Edited copies of the package (withValue) are re-signed with this database's key.
    rememberSigner(PackageTrust(*db).ownKeyPair().value());
    const auto home = storage::BotilbudRepository(*db).all().value().constFirst().id;
    auto exported = PackageExporter(*db, BotilbudFixture::today()).exportMonthlyReport(home, month, out);
    INFO((exported.ok() ? QString() : exported.error().message).toStdString());
    REQUIRE(exported.ok());
    return out;
}

} // namespace

TEST_CASE("Exporting needs the month's report and marks a draft sent", "[package][export]") {
    QTemporaryDir dir;
    const QString home = dir.filePath(QStringLiteral("home.db"));
    {
        auto db = openFile(home);
        BotilbudFixture fixture(*db, /*withReport=*/false);
        auto refused = PackageExporter(*db).exportMonthlyReport(fixture.home, BotilbudFixture::reportMonth(),
                                                                dir.filePath(QStringLiteral("none.json")));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().userMessage.contains(QStringLiteral("report")));
        CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("none.json"))));
        MonthlyReport report;
        report.botilbudId = fixture.home;
        report.month = BotilbudFixture::reportMonth();
        report.wentWell = QStringLiteral("Godt");
        REQUIRE(storage::MonthlyReportRepository(*db).add(report).ok());

        const QString out = dir.filePath(QStringLiteral("september.json"));
        auto exported = PackageExporter(*db, BotilbudFixture::today())
                            .exportMonthlyReport(fixture.home, QDate(2021, 9, 17), out);
        INFO((exported.ok() ? QString() : exported.error().message).toStdString());
        REQUIRE(exported.ok());
        CHECK(exported->markedSent);
        const auto stored =
            storage::MonthlyReportRepository(*db).forMonth(fixture.home, report.month).value();
        CHECK(stored->status == ReportStatus::Sent);
        CHECK(stored->sentDate == BotilbudFixture::today());

        auto read = ReportPackageReader::read(fileBytes(out));
        REQUIRE(read.ok());
        CHECK(read->content.report.status == ReportStatus::Sent);
        CHECK(read->content.botilbud.packageKey == fixture.botilbud.packageKey);
        CHECK_FALSE(read->content.charts.isEmpty());

        // Sent once, exporting again changes nothing in the database.
        auto again = PackageExporter(*db, BotilbudFixture::today().addDays(3))
                         .exportMonthlyReport(fixture.home, report.month, out);
        REQUIRE(again.ok());
        CHECK_FALSE(again->markedSent);
        CHECK(storage::MonthlyReportRepository(*db).forMonth(fixture.home, report.month).value()->sentDate ==
              BotilbudFixture::today());
    }
}

TEST_CASE("An exported package holds no staff names and no incident texts", "[package][export][privacy]") {
    QTemporaryDir dir;
    const QString home = dir.filePath(QStringLiteral("home.db"));
    {
        auto db = openFile(home);
        BotilbudFixture fixture(*db);
    }
    const QString text = QString::fromUtf8(
        fileBytes(exportFrom(home, BotilbudFixture::reportMonth(), dir.filePath(QStringLiteral("p.json")))));
    CHECK(text.contains(QStringLiteral("Dobbelttjek ved dispensering")));
    for (const QString& secret :
         {kStaffName, kOtherStaffName, QStringLiteral("Birgitte"), QStringLiteral("Mogens"), kIncidentText,
          QStringLiteral("Ringede til lægen"), QStringLiteral("aftenvagten")}) {
        INFO(secret.toStdString());
        CHECK_FALSE(text.contains(secret));
    }
}

TEST_CASE("Botilbud → consultant → feedback → botilbud", "[package][import][export]") {
    QTemporaryDir dir;
    const QString home = dir.filePath(QStringLiteral("home.db"));
    const QString consultant = dir.filePath(QStringLiteral("consultant.db"));
    QString key;
    {
        auto db = openFile(home);
        key = BotilbudFixture(*db).botilbud.packageKey;
    }
    { openFile(consultant); }
    const QByteArray package =
        fileBytes(exportFrom(home, BotilbudFixture::reportMonth(), dir.filePath(QStringLiteral("p.json"))));

    // Until the consultant trusts the botilbud's key, its package is refused and nothing is written.
    requireRefusedUnchanged(consultant, package, QStringLiteral("does not trust yet"));
    trustSigner(consultant, package);
    auto first = importInto(consultant, package);
    INFO((first.ok() ? QString() : first.error().message).toStdString());
    REQUIRE(first.ok());
    CHECK(first->createdBotilbud);
    CHECK_FALSE(first->replaced);
    CHECK_FALSE(first->unchanged);
    CHECK(first->botilbudName == QStringLiteral("Bostedet Lærkehøj"));

    // The same file again: nothing changes, not even the file's bytes.
    const QByteArray afterFirst = fileBytes(consultant);
    auto second = importInto(consultant, package);
    REQUIRE(second.ok());
    CHECK(second->unchanged);
    CHECK_FALSE(second->createdBotilbud);
    CHECK(fileBytes(consultant) == afterFirst);

    BotilbudId copy;
    {
        auto db = openFile(consultant);
        const auto homes = storage::BotilbudRepository(*db).all().value();
        REQUIRE(homes.size() == 1);
        copy = homes.constFirst().id;
        CHECK(homes.constFirst().origin == BotilbudOrigin::Package);
        CHECK(homes.constFirst().packageKey == key);
        const auto received =
            storage::ReceivedPackageRepository(*db).forMonth(copy, BotilbudFixture::reportMonth()).value();
        REQUIRE(received.has_value());
        CHECK(received->payload == package);
        auto report =
            storage::MonthlyReportRepository(*db).forMonth(copy, BotilbudFixture::reportMonth()).value();
        REQUIRE(report.has_value());
        CHECK(report->status == ReportStatus::Sent);
        CHECK(report->wentWell == QStringLiteral("Dobbelttjekket virker"));
        CHECK(report->selfScore == 4);

        // The consultant writes feedback and sends it back.
        report->consultantFeedback = QStringLiteral("Flot arbejde — prøv rampen på nattevagten.");
        report->feedbackDate = QDate(2021, 10, 8);
        report->status = ReportStatus::FeedbackReceived;
        REQUIRE(storage::MonthlyReportRepository(*db).update(*report).ok());

        // A botilbud database never sends feedback, a consultant's never sends a report of a copy.
        auto wrongWay = PackageExporter(*db).exportMonthlyReport(copy, BotilbudFixture::reportMonth(),
                                                                 dir.filePath(QStringLiteral("x.json")));
        CHECK_FALSE(wrongWay.ok());
        rememberSigner(PackageTrust(*db).ownKeyPair().value());
        auto feedback =
            PackageExporter(*db, QDate(2021, 10, 8))
                .exportFeedback(copy, BotilbudFixture::reportMonth(), dir.filePath(QStringLiteral("f.json")));
        REQUIRE(feedback.ok());
    }
    const QByteArray feedbackPackage = fileBytes(dir.filePath(QStringLiteral("f.json")));
    CHECK_FALSE(QString::fromUtf8(feedbackPackage).contains(QStringLiteral("Lærkehøj")));

    // A re-sent report does not overwrite the consultant's feedback.
    auto resent = importInto(consultant, withValue(package, QStringLiteral("content.report.planNextMonth"),
                                                   QStringLiteral("Rampe 2 og 3")));
    REQUIRE(resent.ok());
    CHECK(resent->replaced);
    {
        auto db = openFile(consultant);
        const auto report =
            storage::MonthlyReportRepository(*db).forMonth(copy, BotilbudFixture::reportMonth()).value();
        CHECK(report->planNextMonth == QStringLiteral("Rampe 2 og 3"));
        CHECK(report->status == ReportStatus::FeedbackReceived);
        CHECK(report->consultantFeedback.startsWith(QStringLiteral("Flot arbejde")));
    }

    // Feedback belongs in the botilbud's database, never in the consultant's.
    requireRefusedUnchanged(consultant, feedbackPackage, QStringLiteral("own database"));
    // A report package cannot be imported into the database it came from.
    requireRefusedUnchanged(home, package, QStringLiteral("own botilbud"));

    // The botilbud trusts its consultant's key once, as the consultant trusted the botilbud's.
    requireRefusedUnchanged(home, feedbackPackage, QStringLiteral("does not trust yet"));
    trustSigner(home, feedbackPackage);
    auto arrived = importInto(home, feedbackPackage);
    INFO((arrived.ok() ? QString() : arrived.error().message).toStdString());
    REQUIRE(arrived.ok());
    CHECK_FALSE(arrived->unchanged);
    const QByteArray afterFeedback = fileBytes(home);
    auto repeat = importInto(home, feedbackPackage);
    REQUIRE(repeat.ok());
    CHECK(repeat->unchanged);
    CHECK(fileBytes(home) == afterFeedback);
    auto db = openFile(home);
    const auto homeId = storage::BotilbudRepository(*db).all().value().constFirst().id;
    const auto report =
        storage::MonthlyReportRepository(*db).forMonth(homeId, BotilbudFixture::reportMonth()).value();
    REQUIRE(report.has_value());
    CHECK(report->status == ReportStatus::FeedbackReceived);
    CHECK(report->consultantFeedback == QStringLiteral("Flot arbejde — prøv rampen på nattevagten."));
    CHECK(report->feedbackDate == QDate(2021, 10, 8));
}

TEST_CASE("Refused imports leave the consultant's database as it was", "[package][import][refusal]") {
    QTemporaryDir dir;
    const QString consultant = dir.filePath(QStringLiteral("consultant.db"));
    const QByteArray good = ReportPackageWriter::write(sampleContent(), senderKey());
    { openFile(consultant); }
    trustSigner(consultant, good);
    REQUIRE(importInto(consultant, good).ok());

    requireRefusedUnchanged(consultant, "not json", QStringLiteral("not JSON"));
    requireRefusedUnchanged(consultant, withValue(good, QStringLiteral("version"), 7),
                            QStringLiteral("newer"));
    QByteArray altered = good;
    altered.replace("Rampe 2", "Rampe 3");
    requireRefusedUnchanged(consultant, altered, QStringLiteral("altered or damaged"));
    requireRefusedUnchanged(consultant, withValue(good, QStringLiteral("content.report.selfScore"), 9),
                            QStringLiteral("selfScore"));
    requireRefusedUnchanged(
        consultant, withValue(good, QStringLiteral("content.report.sentDate"), QStringLiteral("2021-09-31")),
        QStringLiteral("sentDate"));
    // Valid as a package, refused by the report's own rules: feedback before the report was sent.
    QByteArray early =
        withValue(good, QStringLiteral("content.report.consultantFeedback"), QStringLiteral("Godt"));
    early = withValue(early, QStringLiteral("content.report.feedbackDate"), QStringLiteral("2021-01-01"));
    // Moved to October, the pharmacy section's September visit is no longer a visit of the month.
    const QByteArray newMonth = withValue(withValue(early, QStringLiteral("month"), QStringLiteral("2021-10")),
                                          QStringLiteral("content.pharmacy.visitsInMonth"), 0);
    requireRefusedUnchanged(consultant, newMonth, QStringLiteral("before the report was sent"));
    // Feedback for a botilbud this database does not have.
    const FeedbackPackage stray{QStringLiteral("11111111-2222-4333-8444-555555555555"),
                                QDate(2021, 9, 1),
                                QStringLiteral("Flot"),
                                QDate(2021, 10, 8),
                                {},
                                {}};
    requireRefusedUnchanged(consultant, FeedbackPackageWriter::write(stray, senderKey()),
                            QStringLiteral("not in this database"));
}

TEST_CASE("Feedback for a month without a report is refused", "[package][import][refusal]") {
    QTemporaryDir dir;
    const QString home = dir.filePath(QStringLiteral("home.db"));
    QString key;
    {
        auto db = openFile(home);
        key = BotilbudFixture(*db).botilbud.packageKey;
    }
    const FeedbackPackage feedback{key, QDate(2021, 5, 1), QStringLiteral("Flot"), QDate(2021, 6, 8), {}, {}};
    trustSigner(home, FeedbackPackageWriter::write(feedback, senderKey()));
    requireRefusedUnchanged(home, FeedbackPackageWriter::write(feedback, senderKey()), QStringLiteral("no report"));
}
