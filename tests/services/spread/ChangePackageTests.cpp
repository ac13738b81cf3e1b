#include "SpreadTestSupport.h"
#include "services/packages/PackageTrust.h"
#include "services/report/ReportAnonymiser.h"
#include "services/spread/ChangePackageFormat.h"
#include "services/spread/ChangePackageService.h"
#include "services/spread/SpreadMatrixService.h"
#include "storage/ChangePackageRepository.h"
#include "storage/ImprovementRepository.h"
#include "storage/MeasureRepository.h"
#include "storage/PdsaRepository.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace medsafe;
using namespace medsafe::services;
using namespace medsafe::services::test;
using namespace medsafe::domain;

namespace {

const QDate kExportDay(2021, 10, 4);
const QDate kImportDay(2021, 11, 2);

// Exports the origin's adopted change from a fresh database at `originPath`; the signer is
// remembered so edited copies can be re-signed with the origin's own key.
QByteArray exportedPackage(const QString& originPath, const QString& filePath) {
    auto db = openFile(originPath);
    SpreadOrigin origin(*db);
    auto outcome =
        ChangePackageService(*db, kExportDay).exportToFile(origin.fixture.home, origin.idea, filePath);
    INFO((outcome.ok() ? QString() : outcome.error().display()).toStdString());
    REQUIRE(outcome.ok());
    CHECK(outcome->newKey);
    rememberSigner(PackageTrust(*db).ownKeyPair().value());
    return fileBytes(filePath);
}

// A second botilbud's database that trusts the origin's key.
BotilbudId preparedTarget(const QString& targetPath, const QByteArray& package) {
    auto db = openFile(targetPath);
    SpreadTarget target(*db);
    trustSigner(*db, package);
    return target.home;
}

Result<ChangeImportOutcome> importInto(const QString& path, BotilbudId home, const QByteArray& bytes) {
    auto db = openFile(path);
    return ChangePackageService(*db, kImportDay).importBytes(home, bytes);
}

} // namespace

TEST_CASE("A change package carries the adopted idea, its driver, story and measures, without people",
          "[spread][package]") {
    QTemporaryDir dir;
    const QString originPath = dir.filePath(QStringLiteral("origin.db"));
    const QByteArray bytes = exportedPackage(originPath, dir.filePath(QStringLiteral("change.json")));

    // Anonymised: no staff names, no resident name, no Plan who or Do notes with names.
    CHECK_FALSE(bytes.contains(kStaffName.toUtf8()));
    CHECK_FALSE(bytes.contains(kOtherStaffName.toUtf8()));
    CHECK_FALSE(bytes.contains(QByteArrayLiteral("Beboeren Hans")));
    CHECK_FALSE(bytes.contains(QByteArrayLiteral("aftenvagten")));
    CHECK_FALSE(bytes.contains(kIncidentText.toUtf8()));
    CHECK(bytes.contains(QByteArrayLiteral("\"kind\": \"change\"")));

    auto read = ChangePackageFormat::read(bytes);
    REQUIRE(read.ok());
    const ChangePackage& p = read->package;
    CHECK(p.title == QStringLiteral("Dobbelttjek"));
    CHECK(p.description.contains(ReportAnonymiser::namePlaceholder()));
    CHECK(p.driverText == kSecondaryDriver);
    CHECK(p.primaryDriverText == kPrimaryDriver);
    CHECK(p.originBotilbud == QStringLiteral("Bostedet Lærkehøj"));
    CHECK(p.originKommune == QStringLiteral("Aarhus"));
    CHECK(p.adoptedMonth == QDate(2021, 9, 1));
    CHECK(p.exportedOn == kExportDay);
    REQUIRE(p.cycles.size() == 2);
    CHECK(p.cycles[0].decision == ActDecision::Adapt); // in order: the July cycle first
    CHECK(p.cycles[0].startMonth == QDate(2021, 7, 1));
    CHECK(p.cycles[1].decision == ActDecision::Adopt);
    CHECK(p.cycles[1].result.startsWith(QStringLiteral("Beboeren ") + ReportAnonymiser::namePlaceholder()));
    CHECK(p.cycles[1].question.contains(ReportAnonymiser::namePlaceholder()));
    REQUIRE(p.measures.size() == 1);
    CHECK(p.measures[0].kind == MeasureKind::Proportion);
    CHECK(p.measures[0].pointsBefore == 6); // March to August 2021
    CHECK(p.measures[0].pointsAfter == 1);  // September
    CHECK(p.measures[0].medianBefore.has_value());
}

TEST_CASE("A change package round trip: the idea arrives under the same driver, with a planned first cycle "
          "and its origin; importing twice changes nothing",
          "[spread][package]") {
    QTemporaryDir dir;
    const QByteArray bytes = exportedPackage(dir.filePath(QStringLiteral("origin.db")),
                                             dir.filePath(QStringLiteral("change.json")));
    const QString spreadKey = ChangePackageFormat::read(bytes).value().package.spreadKey;
    const QString targetPath = dir.filePath(QStringLiteral("target.db"));
    const BotilbudId home = preparedTarget(targetPath, bytes);

    auto outcome = importInto(targetPath, home, bytes);
    INFO((outcome.ok() ? QString() : outcome.error().display()).toStdString());
    REQUIRE(outcome.ok());
    CHECK_FALSE(outcome->unchanged);
    CHECK(outcome->originBotilbud == QStringLiteral("Bostedet Lærkehøj"));
    CHECK(outcome->matchedMeasures.size() == 1); // the default measure of the same name

    auto db = openFile(targetPath);
    const auto ideas = storage::ImprovementRepository(*db).changeIdeas(home).value();
    REQUIRE(ideas.size() == 1);
    CHECK(ideas[0].title == QStringLiteral("Dobbelttjek"));
    CHECK(ideas[0].spreadKey == spreadKey);
    const auto drivers = storage::ImprovementRepository(*db).drivers(home).value();
    REQUIRE(drivers.size() == 2); // the existing primary (matched by text) and the new secondary
    REQUIRE(ideas[0].driverId.has_value());
    const Driver* secondary = nullptr;
    for (const Driver& d : drivers)
        if (d.id == *ideas[0].driverId) secondary = &d;
    REQUIRE(secondary);
    CHECK(secondary->text == kSecondaryDriver);
    CHECK(secondary->level == DriverLevel::Secondary);
    CHECK(secondary->parentId == drivers[0].id);

    const auto cycles = storage::PdsaRepository(*db).forBotilbud(home).value();
    REQUIRE(cycles.size() == 1);
    CHECK(cycles[0].status == PdsaStatus::Planned);
    CHECK(cycles[0].changeIdeaId == ideas[0].id);
    CHECK(cycles[0].measureIds.size() == 1);
    CHECK_FALSE(cycles[0].decision.has_value());

    const auto received = ChangePackageService(*db, kImportDay).receivedChanges(home).value();
    REQUIRE(received.size() == 1);
    CHECK(received[0].row.originBotilbud == QStringLiteral("Bostedet Lærkehøj"));
    CHECK(received[0].row.originKommune == QStringLiteral("Aarhus"));
    CHECK(received[0].row.receivedOn == kImportDay);
    CHECK(received[0].package.cycles.size() == 2);
    CHECK(received[0].localStatus == SpreadStatus::NotStarted);

    const auto spread = SpreadMatrixService(*db).forBotilbud(home).value();
    REQUIRE(spread.received.size() == 1);
    CHECK(spread.received[0].title == QStringLiteral("Dobbelttjek"));
    CHECK(spread.exported.isEmpty());

    // Twice: nothing written, not even an audit entry; the answer says when it came.
    const QList<qint64> counts = rowCounts(*db);
    auto again = ChangePackageService(*db, kImportDay.addDays(3)).importBytes(home, bytes);
    REQUIRE(again.ok());
    CHECK(again->unchanged);
    CHECK(again->receivedOn == kImportDay);
    CHECK(rowCounts(*db) == counts);
}

TEST_CASE("A change package goes neither back to its own botilbud nor in from an untrusted key",
          "[spread][package]") {
    QTemporaryDir dir;
    const QString originPath = dir.filePath(QStringLiteral("origin.db"));
    const QByteArray bytes = exportedPackage(originPath, dir.filePath(QStringLiteral("change.json")));
    {
        auto db = openFile(originPath);
        const BotilbudId home = storage::BotilbudRepository(*db).all().value().constFirst().id;
        const QList<qint64> counts = rowCounts(*db);
        auto back = ChangePackageService(*db, kImportDay).importBytes(home, bytes);
        REQUIRE_FALSE(back.ok());
        CHECK(back.error().userMessage.contains(QStringLiteral("itself")));
        CHECK(rowCounts(*db) == counts);
    }
    const QString targetPath = dir.filePath(QStringLiteral("target.db"));
    auto db = openFile(targetPath);
    SpreadTarget target(*db);
    const QList<qint64> counts = rowCounts(*db);
    auto untrusted = ChangePackageService(*db, kImportDay).importBytes(target.home, bytes);
    REQUIRE_FALSE(untrusted.ok());
    CHECK(untrusted.error().userMessage.contains(QStringLiteral("does not trust")));
    CHECK(rowCounts(*db) == counts);
}

TEST_CASE("Only the working group and the leader exchange change packages", "[spread][package][access]") {
    QTemporaryDir dir;
    const QString originPath = dir.filePath(QStringLiteral("origin.db"));
    {
        auto db = openFile(originPath);
        SpreadOrigin origin(*db);
        signInAs(*db, origin.fixture.home, PersonRole::Staff, QStringLiteral("Medarbejder"));
        auto refused = ChangePackageService(*db, kExportDay).exportBytes(origin.fixture.home, origin.idea);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().refused);
        CHECK(storage::ImprovementRepository(*db)
                  .changeIdeas(origin.fixture.home)
                  .value()[0]
                  .spreadKey.isEmpty());
        signInAs(*db, origin.fixture.home, PersonRole::WorkingGroupMember, QStringLiteral("Gruppe"));
        REQUIRE(ChangePackageService(*db, kExportDay)
                    .exportToFile(origin.fixture.home, origin.idea, dir.filePath(QStringLiteral("c.json")))
                    .ok());
        rememberSigner(PackageTrust(*db).ownKeyPair().value());
    }
    const QByteArray bytes = fileBytes(dir.filePath(QStringLiteral("c.json")));
    const QString targetPath = dir.filePath(QStringLiteral("target.db"));
    const BotilbudId home = preparedTarget(targetPath, bytes);
    auto db = openFile(targetPath);
    signInAs(*db, home, PersonRole::Staff, QStringLiteral("Medarbejder"));
    const QList<qint64> counts = rowCounts(*db);
    auto refused = ChangePackageService(*db, kImportDay).importBytes(home, bytes);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().refused);
    CHECK(rowCounts(*db) == counts);
    signInAs(*db, home, PersonRole::Leader, QStringLiteral("Leder"));
    CHECK(ChangePackageService(*db, kImportDay).importBytes(home, bytes).ok());
}

TEST_CASE("An idea that was never adopted is not exported", "[spread][package]") {
    QTemporaryDir dir;
    auto db = openFile(dir.filePath(QStringLiteral("origin.db")));
    SpreadOrigin origin(*db);
    const auto idea = storage::ImprovementRepository(*db).addChangeIdea(
        ChangeIdea{{}, origin.fixture.home, std::nullopt, QStringLiteral("Ny idé"), {}, {}});
    REQUIRE(idea.ok());
    auto refused = ChangePackageService(*db, kExportDay).exportBytes(origin.fixture.home, *idea);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().userMessage.contains(QStringLiteral("not been adopted")));
    const auto adopted = ChangePackageService(*db, kExportDay).adoptedChanges(origin.fixture.home).value();
    REQUIRE(adopted.size() == 1);
    CHECK(adopted[0].idea.id == origin.idea);
    CHECK(adopted[0].adoptedOn == QDate(2021, 9, 20));
}

TEST_CASE("A bad change package is refused whole, naming what is wrong", "[spread][package][refusal]") {
    QTemporaryDir dir;
    const QByteArray good = exportedPackage(dir.filePath(QStringLiteral("origin.db")),
                                            dir.filePath(QStringLiteral("change.json")));
    const QString targetPath = dir.filePath(QStringLiteral("target.db"));
    const BotilbudId home = preparedTarget(targetPath, good);

    QByteArray tampered = good;
    tampered.replace("Dobbelttjek af", "Enkelttjek af");
    QJsonObject rechecked = packageObject(good);
    rechecked.insert(QStringLiteral("createdOn"), QStringLiteral("2021-10-05"));

    const QList<std::pair<QByteArray, QString>> variants{
        {good.left(good.size() / 2), QStringLiteral("not JSON")},
        {QByteArrayLiteral("{\"format\": \"zip\"}"), QStringLiteral("not a Medicinsikker package")},
        {withValue(good, QStringLiteral("kind"), QStringLiteral("monthly-report")),
         QStringLiteral("not a change package")},
        {withValue(good, QStringLiteral("kind"), QStringLiteral("recipe")), QStringLiteral("recipe")},
        {withValue(good, QStringLiteral("version"), 99), QStringLiteral("newer Medicinsikker")},
        {tampered, QStringLiteral("checksum")},
        {rechecksummed(rechecked), QStringLiteral("signature")},
        {withoutValue(good, QStringLiteral("content.changeIdea.title")),
         QStringLiteral("content.changeIdea.title")},
        {withValue(good, QStringLiteral("content.changeIdea.title"), QStringLiteral("  ")),
         QStringLiteral("content.changeIdea.title")},
        {withValue(good, QStringLiteral("content.cycles"), QStringLiteral("mange")),
         QStringLiteral("content.cycles")},
        {withValue(good, QStringLiteral("content.cycles.0.number"), QStringLiteral("1")),
         QStringLiteral("content.cycles[0].number")},
        {withValue(good, QStringLiteral("content.cycles.1.learning"), QStringLiteral("Set hos 010190-1234")),
         QStringLiteral("content.cycles[1].learning")},
        {withValue(good, QStringLiteral("content.changeIdea.description"),
                   QStringLiteral("Borgeren Karen fik det")),
         QStringLiteral("content.changeIdea.description")},
        {withValue(good, QStringLiteral("content.cycles.1.decision"), QStringLiteral("perhaps")),
         QStringLiteral("content.cycles[1].decision")},
        {withValue(good, QStringLiteral("content.cycles.1.decision"), QStringLiteral("adapt")),
         QStringLiteral("adopt")},
        {withValue(good, QStringLiteral("content.spreadKey"), QStringLiteral("abc")),
         QStringLiteral("content.spreadKey")},
        {withoutValue(good, QStringLiteral("content.measures")), QStringLiteral("content.measures")},
        {withValue(good, QStringLiteral("content.measures.0.denominatorDefinition"), QString()),
         QStringLiteral("content.measures[0].denominatorDefinition")},
        {withValue(good, QStringLiteral("content.cycles.0.startMonth"), QStringLiteral("2021-13")),
         QStringLiteral("content.cycles[0].startMonth")},
        {withValue(good, QStringLiteral("botilbud.name"), QString()), QStringLiteral("botilbud.name")},
    };
    auto db = openFile(targetPath);
    const QList<qint64> counts = rowCounts(*db);
    for (const auto& [bytes, expected] : variants) {
        auto outcome = ChangePackageService(*db, kImportDay).importBytes(home, bytes);
        REQUIRE_FALSE(outcome.ok());
        INFO(expected.toStdString() + " / " + outcome.error().userMessage.toStdString());
        CHECK(outcome.error().userMessage.contains(expected));
        CHECK(rowCounts(*db) == counts);
    }
    // The good one still goes in afterwards.
    CHECK(ChangePackageService(*db, kImportDay).importBytes(home, good).ok());
}

TEST_CASE("A change package joins the botilbud's own idea of the same title instead of making a second one",
          "[spread][package]") {
    QTemporaryDir dir;
    const QByteArray bytes = exportedPackage(dir.filePath(QStringLiteral("origin.db")),
                                             dir.filePath(QStringLiteral("change.json")));
    const QString spreadKey = ChangePackageFormat::read(bytes).value().package.spreadKey;
    const QString targetPath = dir.filePath(QStringLiteral("target.db"));
    const BotilbudId home = preparedTarget(targetPath, bytes);
    ChangeIdeaId own;
    {
        // The target found the same change on its own (other spacing and case), never tested.
        auto db = openFile(targetPath);
        own = storage::ImprovementRepository(*db)
                  .addChangeIdea(ChangeIdea{{}, home, std::nullopt, QStringLiteral("  dobbelttjek "), {}, {}})
                  .value();
    }

    SECTION("an idea never tested gets the key and a planned first cycle") {
        auto outcome = importInto(targetPath, home, bytes);
        REQUIRE(outcome.ok());
        CHECK(outcome->joinedExisting);
        CHECK(outcome->idea == own);
        CHECK(outcome->cycle.isValid());
        auto db = openFile(targetPath);
        const auto ideas = storage::ImprovementRepository(*db).changeIdeas(home).value();
        REQUIRE(ideas.size() == 1); // no second idea
        CHECK(ideas.first().spreadKey == spreadKey);
        const auto cycles = storage::PdsaRepository(*db).forBotilbud(home).value();
        REQUIRE(cycles.size() == 1);
        CHECK(cycles.first().changeIdeaId == own);
        CHECK(cycles.first().status == PdsaStatus::Planned);
        CHECK(storage::ChangePackageRepository(*db).find(home, spreadKey).value()->changeIdeaId == own);
    }

    SECTION("an idea being tested gets the key and no new cycle") {
        {
            auto db = openFile(targetPath);
            PdsaCycle running;
            running.botilbudId = home;
            running.number = 1;
            running.title = QStringLiteral("Dobbelttjek i lejlighed 2");
            running.changeIdeaId = own;
            running.status = PdsaStatus::Doing;
            running.startDate = QDate(2021, 10, 1);
            running.endDate = QDate(2021, 10, 28);
            running.question = QStringLiteral("Kan vi dobbelttjekke alle æsker?");
            running.prediction = QStringLiteral("Ja, på under to minutter pr. æske.");
            auto added = storage::PdsaRepository(*db).add(running);
            INFO((added.ok() ? QString() : added.error().display()).toStdString());
            REQUIRE(added.ok());
        }
        auto outcome = importInto(targetPath, home, bytes);
        REQUIRE(outcome.ok());
        CHECK(outcome->joinedExisting);
        CHECK_FALSE(outcome->cycle.isValid());
        auto db = openFile(targetPath);
        CHECK(storage::ImprovementRepository(*db).changeIdeas(home).value().size() == 1);
        CHECK(storage::PdsaRepository(*db).forBotilbud(home).value().size() == 1);
        CHECK(storage::ImprovementRepository(*db).changeIdeas(home).value().first().spreadKey == spreadKey);
    }
}
