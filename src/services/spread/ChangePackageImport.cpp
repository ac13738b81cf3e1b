#include "services/spread/ChangePackageImport.h"

#include "services/spread/ChangePackageService.h"
#include "storage/ChangePackageRepository.h"
#include "storage/Database.h"
#include "storage/ImprovementRepository.h"
#include "storage/MeasureRepository.h"
#include "storage/PdsaRepository.h"

#include <algorithm>

namespace medsafe::services {

using namespace medsafe::domain;

namespace {

// Finds the driver with `text` at `level` (under `parent` for a secondary) or adds it.
Result<DriverId> driverFor(storage::ImprovementRepository& repo, QList<Driver>& drivers, BotilbudId botilbud,
                           const QString& text, DriverLevel level, std::optional<DriverId> parent,
                           std::optional<AimId> aim, bool& created) {
    const QString wanted = ChangePackageImport::normalised(text);
    for (const Driver& d : drivers)
        if (d.level == level && d.parentId == parent && ChangePackageImport::normalised(d.text) == wanted)
            return d.id;
    Driver driver;
    driver.botilbudId = botilbud;
    driver.aimId = aim;
    driver.level = level;
    driver.parentId = parent;
    driver.text = text;
    int order = 0;
    for (const Driver& d : drivers)
        order = std::max(order, d.sortOrder);
    driver.sortOrder = order + 1;
    auto id = repo.addDriver(driver);
    if (!id) return id.error();
    driver.id = *id;
    drivers << driver;
    created = true;
    return *id;
}

} // namespace

Result<ChangeImportOutcome> ChangePackageImport::write(const Botilbud& target, const ChangePackage& package,
                                                       const QString& sha256,
                                                       const QByteArray& payload) const {
    ChangeImportOutcome outcome;
    storage::ImprovementRepository improvement(m_db);
    auto aims = improvement.aims(target.id);
    if (!aims) return aims.error();
    const std::optional<AimId> aim =
        aims->isEmpty() ? std::nullopt : std::optional<AimId>(aims->constFirst().id);

    // The botilbud may have the same change already under the same title (found on its own, or
    // spread by word of mouth before packages): the package joins that idea — it gets the spread
    // key, so the matrix sees one change — instead of making a second idea beside it.
    auto ideas = improvement.changeIdeas(target.id);
    if (!ideas) return ideas.error();
    const auto same = std::find_if(ideas->cbegin(), ideas->cend(), [&package](const ChangeIdea& i) {
        return i.spreadKey.isEmpty() && normalised(i.title) == normalised(package.title);
    });
    if (same != ideas->cend()) return joinExisting(target, *same, package, sha256, payload);

    std::optional<DriverId> driverId;
    if (!package.driverText.isEmpty()) {
        auto drivers = improvement.drivers(target.id);
        if (!drivers) return drivers.error();
        QList<Driver> list = *drivers;
        if (package.primaryDriverText.isEmpty()) {
            auto id = driverFor(improvement, list, target.id, package.driverText, DriverLevel::Primary,
                                std::nullopt, aim, outcome.createdDriver);
            if (!id) return id.error();
            driverId = *id;
        } else {
            auto primary = driverFor(improvement, list, target.id, package.primaryDriverText,
                                     DriverLevel::Primary, std::nullopt, aim, outcome.createdDriver);
            if (!primary) return primary.error();
            auto id = driverFor(improvement, list, target.id, package.driverText, DriverLevel::Secondary,
                                *primary, aim, outcome.createdDriver);
            if (!id) return id.error();
            driverId = *id;
        }
    }

    ChangeIdea idea;
    idea.botilbudId = target.id;
    idea.driverId = driverId;
    idea.title = package.title;
    idea.description = package.description;
    idea.spreadKey = package.spreadKey;
    auto ideaId = improvement.addChangeIdea(idea);
    if (!ideaId) return ideaId.error();
    outcome.idea = *ideaId;

    auto planned = planFirstCycle(target, *ideaId, package, aim, outcome);
    if (!planned) return planned.error();
    if (auto kept = keep(target, *ideaId, package, sha256, payload); !kept) return kept.error();
    return outcome;
}

// The measures the package names, matched by name or made from its definitions, and a planned
// first cycle of the idea that tests them.
Status ChangePackageImport::planFirstCycle(const Botilbud& target, ChangeIdeaId ideaId,
                                           const ChangePackage& package, std::optional<AimId> aim,
                                           ChangeImportOutcome& outcome) const {
    storage::MeasureRepository measureRepo(m_db);
    auto measures = measureRepo.forBotilbud(target.id);
    if (!measures) return measures.error();
    int order = 0;
    for (const Measure& m : *measures)
        order = std::max(order, m.sortOrder);
    QList<MeasureId> measureIds;
    for (const ChangePackageMeasure& wanted : package.measures) {
        const auto found = std::find_if(measures->cbegin(), measures->cend(), [&wanted](const Measure& m) {
            return normalised(m.name) == normalised(wanted.name);
        });
        if (found != measures->cend()) {
            if (!measureIds.contains(found->id)) measureIds << found->id;
            outcome.matchedMeasures << found->name;
            continue;
        }
        // A measure derived from incidents needs the incident filter of its definition, which
        // no package carries; and days between events are only ever derived.
        if (wanted.derivedFromIncidents || wanted.kind == MeasureKind::DaysBetween) {
            outcome.skippedMeasures << wanted.name;
            continue;
        }
        Measure m;
        m.botilbudId = target.id;
        m.name = wanted.name;
        m.kind = wanted.kind;
        m.type = wanted.type;
        m.direction = wanted.direction;
        m.rateMultiplier = wanted.rateMultiplier;
        m.operationalDefinition = wanted.operationalDefinition;
        m.numeratorDefinition = wanted.numeratorDefinition;
        m.denominatorDefinition = wanted.denominatorDefinition;
        m.defaultChart = ChartType::Run;
        m.sortOrder = ++order;
        auto id = measureRepo.add(m);
        if (!id) return id.error();
        measureIds << *id;
        outcome.createdMeasures << wanted.name;
    }

    storage::PdsaRepository pdsa(m_db);
    auto number = pdsa.nextNumber(target.id);
    if (!number) return number.error();
    PdsaCycle cycle;
    cycle.botilbudId = target.id;
    cycle.number = *number;
    cycle.title = tr("First test here: %1").arg(package.title).left(200);
    cycle.aimId = aim;
    cycle.changeIdeaId = ideaId;
    cycle.measureIds = measureIds;
    cycle.status = PdsaStatus::Planned;
    cycle.question =
        tr("Does \"%1\" work for us as it did at %2?").arg(package.title, package.originBotilbud);
    cycle.planWhat = tr("Start small: one resident, one staff member, one shift. The story from %1 is under "
                        "Sustain and spread › Spread.")
                         .arg(package.originBotilbud);
    auto cycleId = pdsa.add(cycle);
    if (!cycleId) return cycleId.error();
    outcome.cycle = *cycleId;
    return success();
}

// The package itself, with its origin, so the story can be read here and a second import is
// recognised.
Status ChangePackageImport::keep(const Botilbud& target, ChangeIdeaId ideaId, const ChangePackage& package,
                                 const QString& sha256, const QByteArray& payload) const {
    ReceivedChangePackage row;
    row.botilbudId = target.id;
    row.spreadKey = package.spreadKey;
    row.changeIdeaId = ideaId;
    row.originBotilbud = package.originBotilbud;
    row.originKommune = package.originKommune;
    row.sha256 = sha256;
    row.payload = payload;
    row.receivedOn = m_today;
    auto rowId = storage::ChangePackageRepository(m_db).add(row);
    if (!rowId) return rowId.error();
    return success();
}

Result<ChangeImportOutcome> ChangePackageImport::joinExisting(const Botilbud& target, const ChangeIdea& idea,
                                                              const ChangePackage& package,
                                                              const QString& sha256,
                                                              const QByteArray& payload) const {
    ChangeImportOutcome outcome;
    outcome.title = package.title;
    outcome.originBotilbud = package.originBotilbud;
    outcome.originKommune = package.originKommune;
    outcome.idea = idea.id;
    outcome.joinedExisting = true;
    if (auto keyed = storage::ImprovementRepository(m_db).setSpreadKey(idea.id, package.spreadKey); !keyed)
        return keyed.error();
    // Only an idea nobody has tested yet gets the planned first cycle.
    auto cycles = storage::PdsaRepository(m_db).forBotilbud(target.id);
    if (!cycles) return cycles.error();
    const bool tested = std::any_of(cycles->cbegin(), cycles->cend(),
                                    [&idea](const PdsaCycle& c) { return c.changeIdeaId == idea.id; });
    if (!tested) {
        auto aims = storage::ImprovementRepository(m_db).aims(target.id);
        if (!aims) return aims.error();
        const std::optional<AimId> aim =
            aims->isEmpty() ? std::nullopt : std::optional<AimId>(aims->constFirst().id);
        if (auto planned = planFirstCycle(target, idea.id, package, aim, outcome); !planned)
            return planned.error();
    }
    if (auto kept = keep(target, idea.id, package, sha256, payload); !kept) return kept.error();
    return outcome;
}

} // namespace medsafe::services
