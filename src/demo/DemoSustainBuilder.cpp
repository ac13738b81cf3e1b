#include "demo/DemoSustainBuilder.h"

#include "domain/Botilbud.h"
#include "domain/Person.h"
#include "services/measures/DashboardService.h"
#include "services/sustain/SustainedChanges.h"
#include "storage/BotilbudRepository.h"
#include "storage/ImprovementRepository.h"
#include "storage/MeasureRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SustainPlanRepository.h"
#include "storage/Transaction.h"

#include <cmath>

namespace medsafe::demo {

using namespace medsafe::domain;

namespace {

struct CheckText {
    const char* what;
    CheckFrequency frequency;
    const char* note;
};

// Two checks per adopted change: a sample of the routine itself, and a talk about it.
constexpr CheckText kChecks[] = {
    {"Stikprøve af fem medicinhåndteringer: følges den nye arbejdsgang?", CheckFrequency::Monthly,
     "Resultatet skrives på tavlen i medicinrummet."},
    {"Gennemgang på personalemødet: virker ændringen stadig, og kender nye kolleger den?",
     CheckFrequency::Quarterly, "Nye medarbejdere får ændringen vist ved oplæringen."},
};

std::optional<PersonId> checker(const QList<Person>& people, int index) {
    QList<PersonId> candidates;
    for (const Person& p : people)
        if (p.active &&
            (p.roles.testFlag(PersonRole::WorkingGroupMember) || p.roles.testFlag(PersonRole::Tovholder)))
            candidates << p.id;
    if (candidates.isEmpty()) return std::nullopt;
    return candidates.at(index % candidates.size());
}

// The first typed proportion of an adopted change with a frozen baseline and at least one
// month after it: its latest month is lowered below the frozen lower limit.
Status slipOneBack(storage::Database& db, const QList<services::SustainedChange>& changes) {
    for (const services::SustainedChange& change : changes) {
        for (const services::SustainedMeasure& m : change.measures) {
            if (m.measure.kind != MeasureKind::Proportion || m.measure.derivedFromIncidents) continue;
            if (!m.frozen.enough() || m.frozen.freezeIndex >= m.frozen.chart.series.points.size()) continue;
            if (m.measure.direction != Direction::HigherIsBetter || !m.frozen.lower) continue;
            auto stored = storage::MeasureRepository(db).series(m.measure.id);
            if (!stored) return stored.error();
            if (stored->isEmpty()) continue;
            Measurement latest = stored->constLast();
            if (!latest.denominator || *latest.denominator <= 0) continue;
            // Ten points below the limit, in percent of the month's own denominator.
            const double share = std::max(0.0, *m.frozen.lower / 100.0 - 0.10);
            latest.numerator = std::floor(share * *latest.denominator);
            latest.note = QStringLiteral("Ny vikar kendte ikke dobbeltkontrollen.");
            return storage::MeasureRepository(db).updateMeasurement(latest);
        }
    }
    return success();
}

} // namespace

Status DemoSustainBuilder::add(storage::Database& db, const QDate& asOf) {
    const QDate day = asOf.isValid() ? asOf : QDate(2025, 12, 31);
    auto all = storage::BotilbudRepository(db).all();
    if (!all) return all.error();
    for (const Botilbud& botilbud : *all) {
        if (botilbud.origin != BotilbudOrigin::Local) continue;
        storage::SustainPlanRepository plans(db);
        auto existing = plans.forBotilbud(botilbud.id);
        if (!existing) return existing.error();
        if (!existing->isEmpty()) continue;
        auto data = services::DashboardService(db).load(botilbud.id, day);
        if (!data) return data.error();
        auto drivers = storage::ImprovementRepository(db).drivers(botilbud.id);
        if (!drivers) return drivers.error();
        const QList<services::SustainedChange> changes =
            services::SustainedChanges::assess(*data, *drivers, false);
        auto people = storage::PersonRepository(db).forBotilbud(botilbud.id, true);
        if (!people) return people.error();

        storage::Transaction tx(db);
        int index = 0;
        for (const services::SustainedChange& change : changes) {
            for (int k = 0; k < 2; ++k, ++index) {
                const CheckText& text = kChecks[k];
                SustainPlanRow row;
                row.botilbudId = botilbud.id;
                row.changeIdeaId = change.change.idea.id;
                row.whatChecked = QString::fromUtf8(text.what);
                row.responsibleId = checker(*people, index);
                row.frequency = text.frequency;
                if (k == 0 && !change.measures.isEmpty()) row.measureId = change.measures.first().measure.id;
                // The monthly sample was done recently; the quarterly talk is overdue on every
                // other change, so both looks of the plan can be seen.
                const QDate checked =
                    k == 0 ? day.addDays(-(7 + index % 10)) : day.addMonths(index % 4 == 1 ? -5 : -1);
                row.lastCheckedOn = std::max(checked, change.change.adoptedOn);
                row.note = QString::fromUtf8(text.note);
                auto id = plans.add(row);
                if (!id) return id.error();
            }
        }
        if (auto slipped = slipOneBack(db, changes); !slipped) return slipped;
        if (auto committed = tx.commit(); !committed) return committed;
    }
    return success();
}

} // namespace medsafe::demo
