// Monthly-report packages: writer → reader round trip, privacy of what is written, and every
// kind of malformed or altered package refused with a message that says where.
#include "PackageTestSupport.h"
#include "services/packages/FeedbackPackageReader.h"
#include "services/packages/FeedbackPackageWriter.h"
#include "services/packages/ReportPackageReader.h"
#include "services/packages/ReportPackageWriter.h"

#include <QJsonArray>

using namespace medsafe;
using namespace medsafe::services;
using namespace medsafe::services::test;
using namespace medsafe::domain;

namespace {

// The refusal of `bytes`, whose translated message must contain `expected`.
void requireRefused(const QByteArray& bytes, const QString& expected) {
    auto read = ReportPackageReader::read(bytes);
    REQUIRE_FALSE(read.ok());
    INFO("message: " << read.error().userMessage.toStdString());
    INFO("technical: " << read.error().message.toStdString());
    CHECK_FALSE(read.error().userMessage.isEmpty());
    CHECK(read.error().userMessage.contains(expected));
}

} // namespace

TEST_CASE("A monthly report survives writer and reader unchanged", "[package]") {
    const MonthlyReportContent content = sampleContent();
    const QByteArray bytes = ReportPackageWriter::write(content, senderKey());
    auto read = ReportPackageReader::read(bytes);
    INFO((read.ok() ? QString() : read.error().message).toStdString());
    REQUIRE(read.ok());
    const MonthlyReportContent& back = read->content;

    CHECK(back.botilbud.name == content.botilbud.name);
    CHECK(back.botilbud.municipality == content.botilbud.municipality);
    CHECK(back.botilbud.residentCount == 14);
    CHECK(back.botilbud.packageKey == kKey);
    CHECK(back.botilbud.origin == BotilbudOrigin::Package);
    CHECK(back.botilbud.packageKey == kKey);
    CHECK(back.month == content.month);
    CHECK(back.generatedOn == content.generatedOn);
    CHECK(read->createdOn == content.generatedOn);
    CHECK(back.progress.state == content.progress.state);
    CHECK(back.progress.phase == 2);
    CHECK(back.progress.start == content.progress.start);
    CHECK(back.checklist == content.checklist);
    CHECK(back.events == content.events);
    CHECK(back.cycles == content.cycles);
    CHECK(back.changeIdeas == content.changeIdeas);
    CHECK(back.incidents == content.incidents);
    REQUIRE(content.pharmacy.has_value());
    CHECK(back.pharmacy == content.pharmacy);
    CHECK(back.report == content.report);
    REQUIRE(back.charts.size() == content.charts.size());
    for (qsizetype i = 0; i < content.charts.size(); ++i) {
        CHECK(back.charts[i].measure == content.charts[i].measure);
        CHECK(back.charts[i].series == content.charts[i].series);
        CHECK(back.charts[i].request.chart == content.charts[i].request.chart);
        CHECK(back.charts[i].result.has_value() == content.charts[i].result.has_value());
        CHECK(back.charts[i].plottedDirection == content.charts[i].plottedDirection);
    }
    CHECK(read->sha256 == packageObject(bytes).value(QStringLiteral("sha256")).toString());

    // Written again from what was read, the package is the same file.
    CHECK(ReportPackageWriter::write(back, senderKey(), read->createdOn) == bytes);
}

TEST_CASE("The envelope names format, version, kind, botilbud and month", "[package]") {
    const QJsonObject root = packageObject(ReportPackageWriter::write(sampleContent(), senderKey()));
    CHECK(root.value(QStringLiteral("format")).toString() == QStringLiteral("medicinsikker-package"));
    // Version 2 since packages are signed (was 1); 3 since reports carry the pharmacy's work.
    CHECK(root.value(QStringLiteral("version")).toInt() == PackageFormat::kVersion);
    CHECK(PackageFormat::kVersion == 3);
    CHECK(QByteArray::fromBase64(root.value(QStringLiteral("signer")).toObject().value(QStringLiteral("publicKey"))
                                     .toString().toLatin1()) == senderKey().publicKey);
    CHECK(QByteArray::fromBase64(root.value(QStringLiteral("signature")).toString().toLatin1()).size() == 64);
    CHECK(root.value(QStringLiteral("kind")).toString() == QStringLiteral("monthly-report"));
    CHECK(root.value(QStringLiteral("month")).toString() == QStringLiteral("2021-09"));
    CHECK(root.value(QStringLiteral("createdOn")).toString() == QStringLiteral("2021-10-04"));
    CHECK(root.value(QStringLiteral("botilbud")).toObject().keys() ==
          QStringList{QStringLiteral("key"), QStringLiteral("municipality"), QStringLiteral("name"),
                      QStringLiteral("residentCount")});
    CHECK(root.value(QStringLiteral("sha256")).toString().size() == 64);
}

TEST_CASE("What never goes into a package", "[package][privacy]") {
    MonthlyReportContent content = sampleContent();
    // Fields a careless caller might leave filled: none of them may reach the file.
    content.cycles[0].responsibleId = PersonId{99};
    content.cycles[0].planWho = kStaffName;
    content.cycles[0].planWhat = QStringLiteral("planWhat-text");
    content.cycles[0].dataPlan = QStringLiteral("dataPlan-text");
    content.cycles[0].doWhatHappened = QStringLiteral("doWhatHappened-text");
    content.cycles[0].doProblems = QStringLiteral("doProblems-text");
    content.cycles[0].doObservations = QStringLiteral("doObservations-text");
    content.checklist[0].note = QStringLiteral("checklist-note");
    content.changeIdeas[0].description = kOtherStaffName;
    content.incidents.total = {3, false}; // forgot to suppress
    const QByteArray bytes = ReportPackageWriter::write(content, senderKey());
    for (const QString& secret : {kStaffName, kOtherStaffName, QStringLiteral("planWhat-text"),
                                  QStringLiteral("dataPlan-text"), QStringLiteral("doWhatHappened-text"),
                                  QStringLiteral("doProblems-text"), QStringLiteral("doObservations-text"),
                                  QStringLiteral("checklist-note"), QStringLiteral("responsible")}) {
        INFO(secret.toStdString());
        CHECK_FALSE(QString::fromUtf8(bytes).contains(secret, Qt::CaseInsensitive));
    }
    const QJsonObject incidents = packageObject(bytes)
                                      .value(QStringLiteral("content"))
                                      .toObject()
                                      .value(QStringLiteral("incidents"))
                                      .toObject();
    CHECK(incidents.value(QStringLiteral("total")).toString() == QStringLiteral("<5"));
    // The incident summary holds counts and codes only — no text field can creep in.
    CHECK(incidents.keys() == QStringList{QStringLiteral("byConsequence"), QStringLiteral("byStage"),
                                          QStringLiteral("daysSinceLastError"),
                                          QStringLiteral("reachedCitizen"), QStringLiteral("total")});
    for (const QJsonValue& row : incidents.value(QStringLiteral("byStage")).toArray())
        CHECK(row.toObject().keys() == QStringList{QStringLiteral("code"), QStringLiteral("count")});
}

TEST_CASE("Malformed and altered packages are refused with a clear message", "[package][refusal]") {
    const QByteArray good = ReportPackageWriter::write(sampleContent(), senderKey());
    REQUIRE(ReportPackageReader::read(good).ok());

    SECTION("not JSON") {
        requireRefused("this is not json {", QStringLiteral("not JSON"));
    }
    SECTION("JSON but not an object") {
        requireRefused("[1,2,3]", QStringLiteral("not JSON"));
    }
    SECTION("another format") {
        requireRefused(withValue(good, QStringLiteral("format"), QStringLiteral("zip")),
                       QStringLiteral("not a Medicinsikker package"));
    }
    SECTION("a newer version") {
        requireRefused(withValue(good, QStringLiteral("version"), PackageFormat::kVersion + 1),
                       QStringLiteral("newer Medicinsikker"));
    }
    SECTION("a version that is no number") {
        requireRefused(withValue(good, QStringLiteral("version"), QStringLiteral("1")),
                       QStringLiteral("version"));
    }
    SECTION("an unknown kind") {
        requireRefused(withValue(good, QStringLiteral("kind"), QStringLiteral("weekly-report")),
                       QStringLiteral("weekly-report"));
    }
    SECTION("altered content without a new checksum") {
        QJsonObject root = packageObject(good);
        QJsonObject content = root.value(QStringLiteral("content")).toObject();
        QJsonObject report = content.value(QStringLiteral("report")).toObject();
        report.insert(QStringLiteral("selfScore"), 5);
        content.insert(QStringLiteral("report"), report);
        root.insert(QStringLiteral("content"), content);
        requireRefused(QJsonDocument(root).toJson(), QStringLiteral("altered or damaged"));
    }
    SECTION("a damaged checksum") {
        requireRefused(withValue(good, QStringLiteral("sha256"), QStringLiteral("00"))
                           .replace("\"sha256\":\"", "\"sha256\":\"1"),
                       QStringLiteral("altered or damaged"));
    }
    SECTION("a missing field") {
        requireRefused(withoutValue(good, QStringLiteral("content.report.wentWell")),
                       QStringLiteral("content.report.wentWell"));
    }
    SECTION("a mistyped field") {
        requireRefused(withValue(good, QStringLiteral("content.measures.0.name"), 5),
                       QStringLiteral("content.measures[0].name"));
    }
    SECTION("an unknown code") {
        requireRefused(withValue(good, QStringLiteral("content.measures.1.kind"), QStringLiteral("bogus")),
                       QStringLiteral("\"bogus\""));
        requireRefused(
            withValue(good, QStringLiteral("content.incidents.byStage.0.code"), QStringLiteral("teleport")),
            QStringLiteral("content.incidents.byStage[0].code"));
    }
    SECTION("an impossible date") {
        requireRefused(withValue(good, QStringLiteral("content.measures.0.series.points.2.date"),
                                 QStringLiteral("2021-02-30")),
                       QStringLiteral("content.measures[0].series.points[2].date"));
        requireRefused(withValue(good, QStringLiteral("month"), QStringLiteral("2021-13")),
                       QStringLiteral("month"));
        requireRefused(
            withValue(good, QStringLiteral("content.report.sentDate"), QStringLiteral("4/10/2021")),
            QStringLiteral("content.report.sentDate"));
    }
    SECTION("a self score outside 1-5") {
        requireRefused(withValue(good, QStringLiteral("content.report.selfScore"), 6),
                       QStringLiteral("content.report.selfScore"));
        requireRefused(withValue(good, QStringLiteral("content.report.selfScore"), 0),
                       QStringLiteral("content.report.selfScore"));
        requireRefused(withValue(good, QStringLiteral("content.report.selfScore"), 3.5),
                       QStringLiteral("content.report.selfScore"));
    }
    SECTION("negative counts and small counts not suppressed") {
        requireRefused(withValue(good, QStringLiteral("content.incidents.total"), -1),
                       QStringLiteral("content.incidents.total"));
        requireRefused(withValue(good, QStringLiteral("content.incidents.byConsequence.0.count"), 3),
                       QStringLiteral("<5"));
        requireRefused(withValue(good, QStringLiteral("content.incidents.total"), QStringLiteral("<4")),
                       QStringLiteral("content.incidents.total"));
    }
    SECTION("a CPR-shaped number in any text") {
        requireRefused(withValue(good, QStringLiteral("content.report.barriers"),
                                 QStringLiteral("Borger 010190-1234 faldt")),
                       QStringLiteral("content.report.barriers"));
        requireRefused(withValue(good, QStringLiteral("content.pdsaCycles.0.studyLearning"),
                                 QStringLiteral("0101901234")),
                       QStringLiteral("CPR"));
    }
    SECTION("a botilbud without a proper key or name") {
        requireRefused(withValue(good, QStringLiteral("botilbud.key"), QStringLiteral("Lærkehøj")),
                       QStringLiteral("botilbud.key"));
        requireRefused(withValue(good, QStringLiteral("botilbud.name"), QStringLiteral(" ")),
                       QStringLiteral("botilbud.name"));
    }
    SECTION("a file over the size limit") {
        QByteArray huge = good;
        huge.append(QByteArray(PackageFormat::kMaxBytes, ' '));
        requireRefused(huge, QStringLiteral("too large"));
    }
    SECTION("a feedback package is not a report") {
        FeedbackPackage feedback{
            kKey, QDate(2021, 9, 1), QStringLiteral("Flot"), QDate(2021, 10, 8), QDate(2021, 10, 8), {}};
        requireRefused(FeedbackPackageWriter::write(feedback, senderKey()), QStringLiteral("not a monthly report"));
    }
}

TEST_CASE("Unknown extra fields are ignored within a version", "[package]") {
    const QByteArray good = ReportPackageWriter::write(sampleContent(), senderKey());
    CHECK(ReportPackageReader::read(
              withValue(good, QStringLiteral("content.report.mood"), QStringLiteral("glad")))
              .ok());
    CHECK(ReportPackageReader::read(withValue(good, QStringLiteral("comment"), QStringLiteral("hi"))).ok());
}

TEST_CASE("Feedback packages: round trip and refusals", "[package][feedback]") {
    const FeedbackPackage feedback{kKey,
                                   QDate(2021, 9, 1),
                                   QStringLiteral("Flot arbejde med rampen."),
                                   QDate(2021, 10, 8),
                                   QDate(2021, 10, 9),
                                   {}};
    const QByteArray bytes = FeedbackPackageWriter::write(feedback, senderKey());
    auto read = FeedbackPackageReader::read(bytes);
    REQUIRE(read.ok());
    FeedbackPackage expected = feedback;
    expected.sha256 = read->sha256;
    CHECK(*read == expected);
    CHECK(read->sha256.size() == 64);
    CHECK(packageObject(bytes).value(QStringLiteral("botilbud")).toObject().keys() ==
          QStringList{QStringLiteral("key")});

    auto refused = [](const QByteArray& b, const QString& expectedText) {
        auto r = FeedbackPackageReader::read(b);
        REQUIRE_FALSE(r.ok());
        INFO(r.error().userMessage.toStdString());
        CHECK(r.error().userMessage.contains(expectedText));
    };
    refused(withValue(bytes, QStringLiteral("content.consultantFeedback"), QStringLiteral("")),
            QStringLiteral("content.consultantFeedback"));
    refused(withoutValue(bytes, QStringLiteral("content.feedbackDate")),
            QStringLiteral("content.feedbackDate"));
    refused(withValue(bytes, QStringLiteral("content.consultantFeedback"), QStringLiteral("CPR 311299-1234")),
            QStringLiteral("CPR"));
    refused(ReportPackageWriter::write(sampleContent(), senderKey()), QStringLiteral("not feedback"));
    QByteArray altered = bytes;
    altered.replace("rampen", "rampen!");
    refused(altered, QStringLiteral("altered or damaged"));
}
