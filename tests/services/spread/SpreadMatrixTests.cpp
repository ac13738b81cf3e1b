#include "SpreadTestSupport.h"
#include "services/packages/PackageImporter.h"
#include "services/packages/ReportPackageWriter.h"
#include "services/spread/SpreadMatrixService.h"
#include "services/spread/SpreadPlanService.h"
#include "storage/BotilbudRepository.h"

#include <QTemporaryDir>

using namespace medsafe;
using namespace medsafe::services;
using namespace medsafe::services::test;
using namespace medsafe::domain;

namespace {

const QString kAdoptedKey = QStringLiteral("6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7");
const QString kTestedKey = QStringLiteral("0a1b2c3d-4e5f-4a6b-9c7d-8e9fa0b1c2d3");
const QString kSecondBotilbudKey = QStringLiteral("1d2e3f40-5a6b-4c7d-8e9f-a0b1c2d3e4f5");
const QString kThirdBotilbudKey = QStringLiteral("2e3f4051-6b7c-4d8e-9fa0-b1c2d3e4f5a6");

PdsaCycle cycleOf(qint64 id, qint64 idea, PdsaStatus status, std::optional<ActDecision> decision) {
    PdsaCycle c;
    c.id = PdsaCycleId{id};
    c.number = static_cast<int>(id);
    c.title = QStringLiteral("Cirkel %1").arg(id);
    c.changeIdeaId = ChangeIdeaId{idea};
    c.status = status;
    c.decision = decision;
    c.startDate = QDate(2021, 8, 2);
    if (decision) c.endDate = QDate(2021, 8, 30);
    return c;
}

ChangeIdea ideaOf(qint64 id, const QString& title, const QString& key) {
    return ChangeIdea{ChangeIdeaId{id}, {}, std::nullopt, title, {}, key};
}

// A monthly-report package of `name` holding these ideas and cycles, imported into the consultant's database.
void receive(storage::Database& db, const QString& key, const QString& name, const QList<ChangeIdea>& ideas,
             const QList<PdsaCycle>& cycles, bool withoutSpreadKeys = false) {
    MonthlyReportContent content = sampleContent();
    content.botilbud.packageKey = key;
    content.botilbud.name = name;
    content.changeIdeas = ideas;
    content.cycles = cycles;
    QByteArray bytes = ReportPackageWriter::write(content, senderKey(), QDate(2021, 10, 4));
    // A package from before issue 16: its ideas have no spreadKey field at all.
    for (int i = 0; withoutSpreadKeys && i < ideas.size(); ++i)
        bytes = withoutValue(bytes, QStringLiteral("content.changeIdeas.%1.spreadKey").arg(i));
    trustSigner(db, bytes);
    auto imported = PackageImporter(db, QDate(2021, 10, 5)).importBytes(bytes);
    INFO((imported.ok() ? QString() : imported.error().display()).toStdString());
    REQUIRE(imported.ok());
}

} // namespace

TEST_CASE("The spread matrix reads adopted, being tested, abandoned and not started from received reports",
          "[spread][matrix]") {
    QTemporaryDir dir;
    auto db = openFile(dir.filePath(QStringLiteral("consultant.db")));
    receive(*db, kKey, QStringLiteral("Bostedet Lærkehøj"),
            {ideaOf(3, QStringLiteral("Dobbelttjek"), kAdoptedKey),
             ideaOf(4, QStringLiteral("Medicinliste ved overgange"), kTestedKey),
             ideaOf(5, QStringLiteral("Tavlemøde"), {})},
            {cycleOf(1, 3, PdsaStatus::Completed, ActDecision::Adapt),
             cycleOf(2, 3, PdsaStatus::Completed, ActDecision::Adopt),
             cycleOf(3, 4, PdsaStatus::Doing, std::nullopt),
             cycleOf(4, 5, PdsaStatus::Completed, ActDecision::Abandon)});
    receive(
        *db, kSecondBotilbudKey, QStringLiteral("Bofællesskabet Egely"),
        {ideaOf(7, QStringLiteral("Dobbelttjek"), kAdoptedKey), ideaOf(8, QStringLiteral(" tavlemøde"), {})},
        {cycleOf(1, 7, PdsaStatus::Planned, std::nullopt),
         cycleOf(2, 8, PdsaStatus::Studying, std::nullopt)});
    // An older package: no spread keys; its "Dobbelttjek" joins the keyed row by title.
    receive(*db, kThirdBotilbudKey, QStringLiteral("Christianshøj"),
            {ideaOf(2, QStringLiteral("DOBBELTTJEK"), {})},
            {cycleOf(1, 2, PdsaStatus::Completed, ActDecision::Adopt)}, true);

    auto matrix = SpreadMatrixService(*db).matrix();
    REQUIRE(matrix.ok());
    REQUIRE(matrix->columns.size() == 3);
    CHECK(matrix->columns[0].botilbud.name == QStringLiteral("Bofællesskabet Egely"));
    CHECK(matrix->columns[2].botilbud.name == QStringLiteral("Christianshøj"));
    CHECK(matrix->columns[2].reportMonth == QDate(2021, 9, 1));
    const int egely = 0, christianshoj = 2, laerkehoj = 1;
    CHECK(matrix->columns[laerkehoj].botilbud.name == QStringLiteral("Bostedet Lærkehøj"));

    REQUIRE(matrix->rows.size() == 3);
    const SpreadRow* adopted = matrix->row(kAdoptedKey);
    REQUIRE(adopted);
    CHECK(&matrix->rows[0] == adopted); // most adopters first
    CHECK(adopted->adopted == 2);
    CHECK(adopted->cells[laerkehoj].status == SpreadStatus::Adopted);
    CHECK(adopted->cells[christianshoj].status == SpreadStatus::Adopted);
    CHECK(adopted->cells[egely].status == SpreadStatus::NotStarted);
    CHECK(adopted->cells[egely].hasIdea);

    const SpreadRow* tested = matrix->row(kTestedKey);
    REQUIRE(tested);
    CHECK(tested->cells[laerkehoj].status == SpreadStatus::Testing);
    CHECK(tested->cells[egely].status == SpreadStatus::NotStarted);
    CHECK_FALSE(tested->cells[egely].hasIdea);

    const SpreadRow* board = matrix->row(QStringLiteral("title:tavlemøde"));
    REQUIRE(board);
    CHECK(board->spreadKey.isEmpty());
    CHECK(board->cells[laerkehoj].status == SpreadStatus::Abandoned);
    CHECK(board->cells[egely].status == SpreadStatus::Testing);
    CHECK_FALSE(board->cells[christianshoj].hasIdea);
}

TEST_CASE("The status rule of one idea's cycles", "[spread][matrix]") {
    using Rule = SpreadStatusRule;
    CHECK(Rule::of({}) == SpreadStatus::NotStarted);
    CHECK(Rule::of({cycleOf(1, 1, PdsaStatus::Planned, std::nullopt)}) == SpreadStatus::NotStarted);
    CHECK(Rule::of({cycleOf(1, 1, PdsaStatus::Completed, ActDecision::Expand)}) == SpreadStatus::Testing);
    CHECK(Rule::of({cycleOf(1, 1, PdsaStatus::Abandoned, std::nullopt)}) == SpreadStatus::Abandoned);
    CHECK(Rule::of({cycleOf(1, 1, PdsaStatus::Completed, ActDecision::Abandon),
                    cycleOf(2, 1, PdsaStatus::Doing, std::nullopt)}) == SpreadStatus::Testing);
    CHECK(Rule::of({cycleOf(1, 1, PdsaStatus::Doing, std::nullopt),
                    cycleOf(2, 1, PdsaStatus::Completed, ActDecision::Adopt)}) == SpreadStatus::Adopted);
    CHECK(Rule::symbol(SpreadStatus::Adopted) != Rule::symbol(SpreadStatus::Testing));
}

TEST_CASE("The spread plan: the consultant plans a month per change and botilbud, checked in words",
          "[spread][plan]") {
    QTemporaryDir dir;
    auto db = openFile(dir.filePath(QStringLiteral("consultant.db")));
    receive(*db, kKey, QStringLiteral("Bostedet Lærkehøj"),
            {ideaOf(3, QStringLiteral("Dobbelttjek"), kAdoptedKey)},
            {cycleOf(1, 3, PdsaStatus::Completed, ActDecision::Adopt)});
    receive(*db, kSecondBotilbudKey, QStringLiteral("Bofællesskabet Egely"), {}, {});
    const BotilbudId egely = storage::BotilbudRepository(*db).byPackageKey(kSecondBotilbudKey).value()->id;
    const QDate today(2026, 12, 6);

    SpreadPlanEntry entry;
    const auto empty = SpreadPlanService::check(entry, today);
    CHECK(hasIssue(empty, QStringLiteral("botilbudId")));
    CHECK(hasIssue(empty, QStringLiteral("spreadKey")));
    CHECK(hasIssue(empty, QStringLiteral("changeTitle")));
    CHECK(hasIssue(empty, QStringLiteral("plannedMonth")));
    entry.botilbudId = egely;
    entry.spreadKey = kAdoptedKey;
    entry.changeTitle = QStringLiteral("Dobbelttjek");
    entry.plannedMonth = QDate(2040, 3, 1);
    CHECK(hasIssue(SpreadPlanService::check(entry, today), QStringLiteral("plannedMonth")));
    entry.plannedMonth = QDate(2027, 3, 17);
    entry.note = QStringLiteral("Start hos beboeren Jens");
    CHECK(hasIssue(SpreadPlanService::check(entry, today), QStringLiteral("note")));
    entry.note = QStringLiteral("Aftalt på læringstræf 3");
    CHECK(SpreadPlanService::check(entry, today).isEmpty());

    // Only the PS! consultant plans.
    signInAs(*db, egely, PersonRole::Tovholder, QStringLiteral("Tovholder"));
    const QList<qint64> counts = rowCounts(*db);
    auto refused = SpreadPlanService(*db).save(entry, today);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().refused);
    CHECK(rowCounts(*db) == counts);
    signInAs(*db, egely, PersonRole::PsConsultant, QStringLiteral("Konsulent"));
    auto saved = SpreadPlanService(*db).save(entry, today);
    REQUIRE(saved.ok());
    CHECK(saved->plannedMonth == QDate(2027, 3, 1));

    auto matrix = SpreadMatrixService(*db).matrix().value();
    const SpreadRow* row = matrix.row(kAdoptedKey);
    REQUIRE(row);
    const int column = matrix.column(egely);
    REQUIRE(row->cells[column].plan.has_value());
    CHECK(row->cells[column].plan->plannedMonth == QDate(2027, 3, 1));
    CHECK(row->cells[column].plan->note == QStringLiteral("Aftalt på læringstræf 3"));

    // A second plan for the same pair is refused; a stale save is a conflict.
    SpreadPlanEntry twice = entry;
    auto duplicate = SpreadPlanService(*db).save(twice, today);
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().userMessage.contains(QStringLiteral("already has a planned month")));
    SpreadPlanEntry mine = SpreadPlanService(*db).entries().value().constFirst();
    SpreadPlanEntry theirs = mine;
    theirs.plannedMonth = QDate(2027, 5, 1);
    REQUIRE(SpreadPlanService(*db).save(theirs, today).ok());
    mine.note = QStringLiteral("Ændret");
    auto stale = SpreadPlanService(*db).save(mine, today);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().conflict);
    CHECK(SpreadPlanService(*db).entries().value().constFirst().plannedMonth == QDate(2027, 5, 1));
}
