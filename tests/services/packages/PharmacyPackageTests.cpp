// The pharmacy section of monthly-report packages (format version 3, issue 15 item 7): it
// survives writer and reader, an older (version 2) package without it is still read and shown
// on the consultant's side, and a bad section refuses the whole package.
#include "../../common/ScratchDatabase.h"
#include "PackageTestSupport.h"
#include "services/consultant/ConsultantOverviewService.h"
#include "services/packages/PackageImporter.h"
#include "services/packages/PharmacyPackageSection.h"
#include "services/packages/ReportPackageReader.h"
#include "services/packages/ReportPackageWriter.h"

#include <QJsonArray>

using namespace medsafe;
using namespace medsafe::services;
using namespace medsafe::services::test;
using namespace medsafe::domain;

namespace {

// The package as a version-2 Medicinsikker wrote it: no pharmacy section, signed.
QByteArray versionTwo(const QByteArray& bytes) {
    QJsonObject root = packageObject(bytes);
    QJsonObject content = root.value(QStringLiteral("content")).toObject();
    content.remove(QStringLiteral("pharmacy"));
    root.insert(QStringLiteral("content"), content);
    root.insert(QStringLiteral("version"), 2);
    return resigned(root);
}

void requireRefused(const QByteArray& bytes, const QStringList& expected) {
    auto read = ReportPackageReader::read(bytes);
    REQUIRE_FALSE(read.ok());
    INFO("message: " << read.error().userMessage.toStdString());
    INFO("technical: " << read.error().message.toStdString());
    for (const QString& text : expected)
        CHECK(read.error().userMessage.contains(text));
}

const QString kSection = QStringLiteral("content.pharmacy.");

} // namespace

TEST_CASE("The pharmacy section survives writer and reader", "[package][pharmacy]") {
    const MonthlyReportContent content = sampleContent();
    REQUIRE(content.pharmacy.has_value());
    const QByteArray bytes = ReportPackageWriter::write(content, senderKey());
    CHECK(packageObject(bytes).value(QStringLiteral("version")).toInt() == 3);
    auto read = ReportPackageReader::read(bytes);
    INFO((read.ok() ? QString() : read.error().message).toStdString());
    REQUIRE(read.ok());
    REQUIRE(read->content.pharmacy.has_value());
    CHECK(*read->content.pharmacy == *content.pharmacy);
    REQUIRE(read->content.pharmacy->openFindings.size() == 3);
    CHECK(read->content.pharmacy->openFindings[2].dueDate.isNull()); // a finding without deadline
    CHECK(ReportPackageWriter::write(read->content, senderKey(), read->createdOn) == bytes);

    // Only the listed fields; the agreement has the pharmacy's name and the visits a year.
    const QJsonObject section = packageObject(bytes)
                                    .value(QStringLiteral("content"))
                                    .toObject()
                                    .value(QStringLiteral("pharmacy"))
                                    .toObject();
    CHECK(section.keys() ==
          QStringList{QStringLiteral("agreement"), QStringLiteral("latestVisit"),
                      QStringLiteral("openFindings"), QStringLiteral("procedureChangesInMonth"),
                      QStringLiteral("procedureChangesSoFar"), QStringLiteral("questionsInMonth"),
                      QStringLiteral("questionsSoFar"), QStringLiteral("visitsInMonth")});
    CHECK(section.value(QStringLiteral("agreement")).toObject().keys() ==
          QStringList{QStringLiteral("pharmacyName"), QStringLiteral("visitsPerYear")});
    CHECK(section.value(QStringLiteral("openFindings")).toArray().at(0).toObject().keys() ==
          QStringList{QStringLiteral("area"), QStringLiteral("dueDate"), QStringLiteral("item"),
                      QStringLiteral("severity"), QStringLiteral("status"), QStringLiteral("visitDate")});

    // Content without the section (as read from an older package) is written with null and read back so.
    MonthlyReportContent without = content;
    without.pharmacy.reset();
    const QByteArray empty = ReportPackageWriter::write(without, senderKey());
    CHECK(packageObject(empty)
              .value(QStringLiteral("content"))
              .toObject()
              .value(QStringLiteral("pharmacy"))
              .isNull());
    auto back = ReportPackageReader::read(empty);
    REQUIRE(back.ok());
    CHECK_FALSE(back->content.pharmacy.has_value());

    // An empty section (a botilbud without pharmacy data) stays a section.
    MonthlyReportContent nothing = content;
    nothing.pharmacy = PharmacySummary{};
    for (QuestionCategory category : allValues<QuestionCategory>()) {
        nothing.pharmacy->questionsInMonth.append({category, 0});
        nothing.pharmacy->questionsSoFar.append({category, 0});
    }
    auto none = ReportPackageReader::read(ReportPackageWriter::write(nothing, senderKey()));
    REQUIRE(none.ok());
    REQUIRE(none->content.pharmacy.has_value());
    CHECK(none->content.pharmacy->isEmpty());
}

TEST_CASE("A version-2 package without the pharmacy section is still read and shown", "[package][pharmacy]") {
    const QByteArray current = ReportPackageWriter::write(sampleContent(), senderKey());
    const QByteArray old = versionTwo(current);
    REQUIRE(packageObject(old).value(QStringLiteral("version")).toInt() == 2);
    auto read = ReportPackageReader::read(old);
    INFO((read.ok() ? QString() : read.error().userMessage).toStdString());
    REQUIRE(read.ok());
    CHECK_FALSE(read->content.pharmacy.has_value());
    const MonthlyReportContent expected = sampleContent();
    CHECK(read->content.report == expected.report);
    CHECK(read->content.incidents == expected.incidents);
    CHECK(read->content.cycles == expected.cycles);

    // A version-2 package never had the field: one that carries it is not read as a section,
    // even a broken one.
    auto ignored = ReportPackageReader::read(
        withValue(old, QStringLiteral("content.pharmacy"), QStringLiteral("broken")));
    REQUIRE(ignored.ok());
    CHECK_FALSE(ignored->content.pharmacy.has_value());

    // The consultant imports it and sees the report, without the section; a version-3 package
    // of the next month shows its section.
    auto opened = testing::openScratchDatabase();
    REQUIRE(opened.ok());
    storage::Database& db = **opened;
    trustSigner(db, old);
    const PackageImporter importer(db, BotilbudFixture::today());
    auto imported = importer.importBytes(old);
    INFO((imported.ok() ? QString() : imported.error().userMessage).toStdString());
    REQUIRE(imported.ok());
    MonthlyReportContent october = sampleContent();
    october.month = QDate(2021, 10, 1);
    october.report.month = october.month;
    october.report.sentDate = QDate(2021, 11, 2);
    october.pharmacy->openFindings.removeLast();
    october.pharmacy->visitsInMonth = 0; // the latest visit (14 September) is not in October
    REQUIRE(importer.importBytes(ReportPackageWriter::write(october, senderKey(), QDate(2021, 11, 2))).ok());

    auto botilbud = storage::BotilbudRepository(db).byPackageKey(kKey);
    REQUIRE(botilbud.ok());
    REQUIRE(botilbud->has_value());
    const ConsultantOverviewService overview(db);
    auto september = overview.content(**botilbud, QDate(2021, 9, 1));
    REQUIRE(september.ok());
    CHECK(september->report.wentWell == expected.report.wentWell);
    CHECK_FALSE(september->pharmacy.has_value());
    auto shownOctober = overview.content(**botilbud, QDate(2021, 10, 1));
    REQUIRE(shownOctober.ok());
    REQUIRE(shownOctober->pharmacy.has_value());
    CHECK(*shownOctober->pharmacy == *october.pharmacy);
}

TEST_CASE("A bad pharmacy section refuses the whole package", "[package][pharmacy][refusal]") {
    const QByteArray good = ReportPackageWriter::write(sampleContent(), senderKey());
    REQUIRE(ReportPackageReader::read(good).ok());
    const auto path = [](const QString& tail) { return kSection + tail; };

    SECTION("missing in a version-3 package") {
        requireRefused(withoutValue(good, QStringLiteral("content.pharmacy")),
                       {QStringLiteral("content.pharmacy")});
        requireRefused(withValue(good, QStringLiteral("content.pharmacy"), 7),
                       {QStringLiteral("content.pharmacy")});
        requireRefused(withoutValue(good, path(QStringLiteral("openFindings"))),
                       {path(QStringLiteral("openFindings"))});
    }
    SECTION("wrong types") {
        requireRefused(withValue(good, path(QStringLiteral("visitsInMonth")), QStringLiteral("1")),
                       {path(QStringLiteral("visitsInMonth"))});
        requireRefused(withValue(good, path(QStringLiteral("latestVisit.overall.compliant")), 2.5),
                       {path(QStringLiteral("latestVisit.overall.compliant"))});
        requireRefused(withValue(good, path(QStringLiteral("agreement.pharmacyName")), 12),
                       {path(QStringLiteral("agreement.pharmacyName"))});
        requireRefused(withValue(good, path(QStringLiteral("openFindings.0.item")), QJsonArray{}),
                       {QStringLiteral("content.pharmacy.openFindings[0].item")});
        requireRefused(
            withValue(good, path(QStringLiteral("openFindings.1.dueDate")), QStringLiteral("14/10/2021")),
            {QStringLiteral("content.pharmacy.openFindings[1].dueDate")});
        requireRefused(withValue(good, path(QStringLiteral("agreement.pharmacyName")), QStringLiteral(" ")),
                       {path(QStringLiteral("agreement.pharmacyName"))});
    }
    SECTION("unknown codes") {
        requireRefused(
            withValue(good, path(QStringLiteral("openFindings.0.severity")), QStringLiteral("urgent")),
            {QStringLiteral("\"urgent\"")});
        requireRefused(
            withValue(good, path(QStringLiteral("latestVisit.byArea.1.area")), QStringLiteral("kitchen")),
            {QStringLiteral("content.pharmacy.latestVisit.byArea[1].area")});
        requireRefused(
            withValue(good, path(QStringLiteral("questionsSoFar.4.category")), QStringLiteral("weather")),
            {QStringLiteral("\"weather\"")});
    }
    SECTION("numbers out of range") {
        requireRefused(withValue(good, path(QStringLiteral("latestVisit.overall.notCompliant")), -1),
                       {path(QStringLiteral("latestVisit.overall.notCompliant"))});
        requireRefused(withValue(good, path(QStringLiteral("agreement.visitsPerYear")), 53),
                       {path(QStringLiteral("agreement.visitsPerYear")), QStringLiteral("53")});
        requireRefused(withValue(good, path(QStringLiteral("questionsInMonth.0.count")),
                                 PharmacyPackageSection::kMaxCount + 1),
                       {QStringLiteral("content.pharmacy.questionsInMonth[0].count")});
        requireRefused(withValue(good, path(QStringLiteral("procedureChangesInMonth")), -2),
                       {path(QStringLiteral("procedureChangesInMonth"))});
    }
    SECTION("figures that do not fit together") {
        // Storage 3 compliant → 4: the areas no longer add up to the visit's 6.
        requireRefused(withValue(good, path(QStringLiteral("latestVisit.byArea.0.compliant")), 4),
                       {QStringLiteral("do not add up"), path(QStringLiteral("latestVisit.overall"))});
        requireRefused(
            withValue(good, path(QStringLiteral("latestVisit.byArea.1.area")), QStringLiteral("storage")),
            {QStringLiteral("more than once"), QStringLiteral("\"storage\"")});
        requireRefused(withValue(good, path(QStringLiteral("questionsInMonth.2.category")),
                                 QStringLiteral("interaction")),
                       {QStringLiteral("more than once"), path(QStringLiteral("questionsInMonth"))});
        requireRefused(withoutValue(good, path(QStringLiteral("questionsSoFar.5"))),
                       {QStringLiteral("every question category"), path(QStringLiteral("questionsSoFar"))});
        // Three questions in the month; four changed procedures cannot be.
        requireRefused(withValue(good, path(QStringLiteral("procedureChangesInMonth")), 4),
                       {path(QStringLiteral("procedureChangesInMonth")), QStringLiteral("3 questions")});
        requireRefused(
            withValue(good, path(QStringLiteral("openFindings.1.status")), QStringLiteral("closed")),
            {QStringLiteral("only open findings"), QStringLiteral("content.pharmacy.openFindings[1]")});
        requireRefused(
            withValue(good, path(QStringLiteral("openFindings.1.dueDate")), QStringLiteral("2021-09-01")),
            {QStringLiteral("before the visit"), QStringLiteral("content.pharmacy.openFindings[1].dueDate")});
        requireRefused(
            withValue(good, path(QStringLiteral("openFindings.0.visitDate")), QStringLiteral("2021-10-01")),
            {QStringLiteral("after the end"), QStringLiteral("content.pharmacy.openFindings[0].visitDate")});
        requireRefused(
            withValue(good, path(QStringLiteral("latestVisit.date")), QStringLiteral("2021-10-02")),
            {QStringLiteral("after the end"), path(QStringLiteral("latestVisit.date"))});
        requireRefused(withValue(good, path(QStringLiteral("latestVisit")), QJsonValue(QJsonValue::Null)),
                       {path(QStringLiteral("visitsInMonth")), QStringLiteral("does not agree")});
        requireRefused(withValue(good, path(QStringLiteral("visitsInMonth")), 0),
                       {path(QStringLiteral("visitsInMonth")), QStringLiteral("does not agree")});
    }
    SECTION("a CPR number in the section's text") {
        requireRefused(withValue(good, path(QStringLiteral("openFindings.2.item")),
                                 QStringLiteral("Skema for 010190-1234 mangler")),
                       {QStringLiteral("content.pharmacy.openFindings[2].item"), QStringLiteral("CPR")});
        requireRefused(
            withValue(good, path(QStringLiteral("agreement.pharmacyName")), QStringLiteral("0101901234")),
            {QStringLiteral("content.pharmacy.agreement.pharmacyName"), QStringLiteral("CPR")});
    }
    SECTION("nothing of a refused package is stored") {
        auto opened = testing::openScratchDatabase();
        REQUIRE(opened.ok());
        storage::Database& db = **opened;
        trustSigner(db, good);
        const QList<qint64> before = rowCounts(db);
        auto outcome =
            PackageImporter(db, BotilbudFixture::today())
                .importBytes(withValue(good, path(QStringLiteral("latestVisit.byArea.0.compliant")), 4));
        REQUIRE_FALSE(outcome.ok());
        CHECK(outcome.error().userMessage.contains(QStringLiteral("do not add up")));
        CHECK(rowCounts(db) == before);
    }
}
