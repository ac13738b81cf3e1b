#include "demo/DemoSpreadBuilder.h"

#include "domain/Botilbud.h"
#include "domain/Measurement.h"
#include "services/packages/PackageTrust.h"
#include "services/spread/ChangePackageService.h"
#include "services/spread/SpreadMatrixService.h"
#include "services/spread/SpreadPlanService.h"
#include "storage/BotilbudRepository.h"
#include "storage/ChangePackageRepository.h"
#include "storage/Database.h"
#include "storage/ImprovementRepository.h"
#include "storage/MeasureRepository.h"
#include "storage/PdsaRepository.h"

#include <QUuid>

namespace medsafe::demo {

using namespace medsafe::domain;

#define DEMO_TRY(expr)                                                                                       \
    do {                                                                                                     \
        if (auto demoTryResult_ = (expr); !demoTryResult_) return demoTryResult_.error();                    \
    } while (false)

namespace {

const QString kOriginName = QStringLiteral("Bostedet Kastanjehøj");

QDate dayOr(const QDate& asOf) {
    return asOf.isValid() ? asOf : QDate(2025, 12, 15);
}

QDate firstOfMonth(const QDate& date) {
    return QDate(date.year(), date.month(), 1);
}

} // namespace

QString DemoSpreadBuilder::spreadKeyFor(const QString& title) {
    static const QUuid kNamespace(QStringLiteral("{3a9e5f1c-2b7d-4c8e-9f10-6a5b4c3d2e1f}"));
    return QUuid::createUuidV5(kNamespace, title.simplified().toCaseFolded()).toString(QUuid::WithoutBraces);
}

Status DemoSpreadBuilder::varyHome(storage::Database& home, BotilbudId botilbud, int index) {
    storage::ImprovementRepository improvement(home);
    auto ideas = improvement.changeIdeas(botilbud);
    if (!ideas) return ideas.error();
    storage::PdsaRepository pdsa(home);
    auto cycles = pdsa.forBotilbud(botilbud);
    if (!cycles) return cycles.error();
    for (int j = 0; j < ideas->size(); ++j) {
        const ChangeIdea& idea = ideas->at(j);
        // The first botilbud tells the generated story; the others differ for some ideas.
        const int mode = index == 0 ? 0 : (index + j) % 5;
        if (mode == 3) {
            DEMO_TRY(improvement.removeChangeIdea(idea.id)); // this botilbud never took it up
            continue;
        }
        DEMO_TRY(improvement.setSpreadKey(idea.id, spreadKeyFor(idea.title)));
        if (mode != 1 && mode != 2) continue;
        for (PdsaCycle cycle : *cycles) {
            if (cycle.changeIdeaId != idea.id) continue;
            // 1: still being tested (the cycles ran, the last one said "adapt"); 2: only planned so far.
            if (mode == 1) {
                if (cycle.decision == ActDecision::Adopt) cycle.decision = ActDecision::Adapt;
            } else {
                cycle.decision.reset();
                cycle.nextStep.clear();
                cycle.status = PdsaStatus::Planned;
                cycle.doWhatHappened.clear();
                cycle.doProblems.clear();
                cycle.doPlanChanges.clear();
                cycle.doObservations.clear();
                cycle.studyResult.clear();
                cycle.studyLearning.clear();
            }
            DEMO_TRY(pdsa.update(cycle));
        }
    }
    return success();
}

Status DemoSpreadBuilder::addSpreadPlan(storage::Database& consultant, const QDate& asOf) {
    auto matrix = services::SpreadMatrixService(consultant).matrix();
    if (!matrix) return matrix.error();
    const QDate today = dayOr(asOf);
    const char* notes[] = {
        "Aftalt på læringstræf; tovholderen besøger det botilbud, der allerede har implementeret",
        "Starter efter sommerferien, når den nye vagtplan er på plads"};
    int planned = 0;
    for (const services::SpreadRow& row : matrix->rows) {
        if (planned == 2) break;
        if (row.spreadKey.isEmpty() || row.adopted == 0) continue;
        for (int c = 0; c < row.cells.size(); ++c) {
            if (row.cells[c].status != services::SpreadStatus::NotStarted || row.cells[c].plan) continue;
            SpreadPlanEntry entry;
            entry.botilbudId = matrix->columns[c].botilbud.id;
            entry.spreadKey = row.spreadKey;
            entry.changeTitle = row.title;
            entry.plannedMonth = firstOfMonth(today).addMonths(planned == 0 ? 2 : 5);
            entry.note = QString::fromUtf8(notes[planned]);
            auto saved = services::SpreadPlanService(consultant).save(entry, today);
            if (!saved) return saved.error();
            ++planned;
            break;
        }
    }
    return success();
}

Status DemoSpreadBuilder::addReceivedChangeToLocal(storage::Database& db, const QDate& asOf) {
    auto all = storage::BotilbudRepository(db).all();
    if (!all) return all.error();
    for (const Botilbud& b : *all) {
        if (b.origin != BotilbudOrigin::Local) continue;
        auto received = storage::ChangePackageRepository(db).forBotilbud(b.id);
        if (!received) return received.error();
        for (const ReceivedChangePackage& r : *received)
            if (r.originBotilbud == kOriginName) return success();
        return addReceivedChange(db, b.id, asOf);
    }
    return success();
}

Status DemoSpreadBuilder::addReceivedChange(storage::Database& db, BotilbudId botilbud, const QDate& asOf) {
    const QDate today = dayOr(asOf);
    auto opened = storage::Database::openInMemory();
    if (!opened) return opened.error();
    storage::Database& origin = **opened;
    auto originId = storage::BotilbudRepository(origin).createWithDefaults(
        Botilbud{{}, kOriginName, QStringLiteral("Kolding"), 11, today.addYears(-2)},
        firstOfMonth(today.addMonths(-18)));
    if (!originId) return originId.error();
    storage::ImprovementRepository improvement(origin);
    auto primary =
        improvement.addDriver(Driver{{},
                                     *originId,
                                     std::nullopt,
                                     DriverLevel::Primary,
                                     std::nullopt,
                                     QStringLiteral("Sikre arbejdsgange ved dispensering og administration"),
                                     1});
    if (!primary) return primary.error();
    auto secondary =
        improvement.addDriver(Driver{{},
                                     *originId,
                                     std::nullopt,
                                     DriverLevel::Secondary,
                                     *primary,
                                     QStringLiteral("Dobbeltkontrol og ro omkring medicinhåndteringen"),
                                     2});
    if (!secondary) return secondary.error();
    auto idea = improvement.addChangeIdea(ChangeIdea{
        {},
        *originId,
        *secondary,
        QStringLiteral("Medicinkort med foto af tabletterne"),
        QStringLiteral(
            "Hver borgers medicinkort har et foto af tabletterne i doseringsæsken, så den, der giver "
            "medicinen, kan se, at æsken svarer til ordinationen."),
        {}});
    if (!idea) return idea.error();

    storage::MeasureRepository measures(origin);
    auto list = measures.forBotilbud(*originId);
    if (!list) return list.error();
    MeasureId boxes;
    for (const Measure& m : *list)
        if (!m.derivedFromIncidents && m.kind == MeasureKind::Proportion && !boxes.isValid()) boxes = m.id;
    const QDate adopted = firstOfMonth(today.addMonths(-5));
    if (boxes.isValid()) {
        QList<Measurement> values;
        const int numerators[] = {41, 43, 40, 44, 42, 45, 47, 49, 48, 50, 49, 50};
        for (int i = 0; i < 12; ++i) {
            const QDate month = adopted.addMonths(i - 7);
            if (month > today) break;
            values.append({{}, boxes, month, double(numerators[i]), 50.0, i < 6, {}, {}});
        }
        DEMO_TRY(measures.addMeasurements(values));
    }
    storage::PdsaRepository pdsa(origin);
    PdsaCycle first;
    first.botilbudId = *originId;
    first.number = 1;
    first.title = QStringLiteral("Foto på medicinkortet (én borger)");
    first.changeIdeaId = *idea;
    if (boxes.isValid()) first.measureIds = {boxes};
    first.status = PdsaStatus::Completed;
    first.startDate = adopted.addMonths(-2).addDays(3);
    first.endDate = first.startDate.addDays(13);
    first.question = QStringLiteral("Opdager vi fejl i æsken tidligere med et foto af tabletterne?");
    first.prediction = QStringLiteral("Aftenvagten finder en forkert tablet før den gives.");
    first.planWhat = QStringLiteral("Foto af én borgers æske efter dispensering, sat på medicinkortet.");
    first.doWhatHappened =
        QStringLiteral("Fotoet blev brugt ved alle runder; det var svært at se små tabletter.");
    first.studyResult = QStringLiteral("Én afvigelse fundet før administration.");
    first.studyLearning = QStringLiteral("Fotoet skal tages på hvid baggrund med tabletterne spredt.");
    first.decision = ActDecision::Adapt;
    first.nextStep = QStringLiteral("Ny fotovejledning, prøv på hele afdelingen.");
    DEMO_TRY(pdsa.add(first));
    PdsaCycle second = first;
    second.number = 2;
    second.title = QStringLiteral("Foto på medicinkortet (hele afdelingen)");
    second.startDate = adopted.addDays(2);
    second.endDate = second.startDate.addDays(27);
    second.prediction = QStringLiteral("Færre fejl i doseringsæskerne når fotoet er tydeligt.");
    second.doWhatHappened = QStringLiteral("Alle borgere fik nyt foto; vejledningen hænger i medicinrummet.");
    second.studyResult = QStringLiteral("Andelen af korrekte æsker steg fra omkring 84 % til 96 %.");
    second.studyLearning = QStringLiteral("Fotoet skal skiftes ved hver ændring af ordinationen.");
    second.decision = ActDecision::Adopt;
    second.nextStep = QStringLiteral("Fast del af dispenseringen; fotoet tjekkes ved FMK-afstemning.");
    DEMO_TRY(pdsa.add(second));

    auto bytes = services::ChangePackageService(origin, today.addDays(-20)).exportBytes(*originId, *idea);
    if (!bytes) return bytes.error();
    // The receiving tovholder trusts Kastanjehøj's key once, after comparing it by phone.
    const services::PackageTrust trust(db);
    auto candidate = trust.inspect(*bytes);
    if (!candidate) return candidate.error();
    DEMO_TRY(trust.trust(*candidate));
    auto imported = services::ChangePackageService(db, today.addDays(-18)).importBytes(botilbud, *bytes);
    if (!imported) return imported.error();
    return success();
}

} // namespace medsafe::demo
