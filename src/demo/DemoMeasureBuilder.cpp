#include "demo/DemoMeasureBuilder.h"

#include "demo/DemoCompetenceBuilder.h"
#include "domain/DefaultMeasures.h"

#include <algorithm>
#include <cmath>

namespace medsafe::demo {

using namespace medsafe::domain;

namespace {

enum DenominatorKind { kBoxes, kDoses, kCitizens, kGeneric };

int mondaysIn(const QDate& month)
{
    int count = 0;
    for (int d = 0; d < month.daysInMonth(); ++d) {
        if (month.addDays(d).dayOfWeek() == 1)
            ++count;
    }
    return count;
}

} // namespace

void DemoMeasureBuilder::buildMeasures(DemoContext& context, DemoBotilbud& target)
{
    for (Measure measure : DefaultMeasures::forNewBotilbud()) {
        measure.id = context.ids.next<MeasureId>();
        measure.botilbudId = target.botilbud.id;
        measure.chartSettings.freezeEnd = context.timeline.lastBaselineMonth();
        target.measures << measure;
    }
}

void DemoMeasureBuilder::buildMeasurements(DemoContext& context, DemoBotilbud& target)
{
    for (const Measure& measure : target.measures) {
        if (measure.derivedFromIncidents)
            continue;
        const QString& name = measure.name;
        if (name.contains(QStringLiteral("oplæring")))
            addTrainedStaff(context, target, measure);
        else if (name.contains(QStringLiteral("doseringsæsker")))
            addProportion(context, target, measure, {0.86, 0.975, 0}, kBoxes);
        else if (name.contains(QStringLiteral("dokumenterede")))
            addProportion(context, target, measure, {0.80, 0.955, 1}, kDoses);
        else if (name.contains(QStringLiteral("medicinliste")))
            addProportion(context, target, measure, {0.55, 0.92, 2}, kCitizens);
        else
            addProportion(context, target, measure, {0.60, 0.90, 0}, kGeneric);
    }
}

void DemoMeasureBuilder::addProportion(DemoContext& context, DemoBotilbud& target, const Measure& measure,
                                       const Curve& curve, int denominatorKind)
{
    DemoRandom& random = context.random;
    const DemoTimeline& timeline = context.timeline;
    const int citizens = std::max(1, target.botilbud.residentCount - 1); // one manages own medicine
    for (int m = 0; m < timeline.months(); ++m) {
        const QDate period = timeline.month(m);
        int denominator = 0;
        switch (denominatorKind) {
        case kBoxes:
            denominator = 12 * mondaysIn(period); // twelve boxes checked every Monday
            break;
        case kDoses:
            denominator = random.between(110, 140);
            break;
        case kCitizens:
            denominator = citizens;
            break;
        default:
            denominator = 50;
            break;
        }
        const double adoption = timeline.adoption(m - curve.adoptionDelay);
        // Month-to-month variation is kept smaller than the step the change makes, so the
        // baseline median separates the two periods as a real improvement would.
        const double p = curve.baseline + (curve.improved - curve.baseline) * adoption
            + random.realBetween(-0.025, 0.025) * (1.0 - 0.6 * adoption);
        const double raw = p * denominator + random.realBetween(-1.0, 1.0);
        Measurement value;
        value.id = context.ids.next<MeasurementId>();
        value.measureId = measure.id;
        value.period = period;
        value.numerator = std::clamp(std::round(raw), 0.0, static_cast<double>(denominator));
        value.denominator = denominator;
        value.baseline = timeline.isBaseline(m);
        target.measurements << value;
    }
}

void DemoMeasureBuilder::addTrainedStaff(DemoContext& context, DemoBotilbud& target, const Measure& measure)
{
    const DemoTimeline& timeline = context.timeline;
    QList<PersonId> handlers;
    for (const Person& person : target.people) {
        if (person.handlesMedicine && person.active)
            handlers << person.id;
    }
    for (int m = 0; m < timeline.months(); ++m) {
        const QDate monthEnd = timeline.monthEnd(m);
        int trained = 0;
        for (const PersonId person : handlers) {
            const bool hasTraining = std::any_of(
                target.trainingRecords.cbegin(), target.trainingRecords.cend(), [&](const TrainingRecord& r) {
                    return r.personId == person && r.completedDate <= monthEnd
                        && DemoCompetenceBuilder::countsAsMedicineTraining(r);
                });
            trained += hasTraining ? 1 : 0;
        }
        Measurement value;
        value.id = context.ids.next<MeasurementId>();
        value.measureId = measure.id;
        value.period = timeline.month(m);
        value.numerator = trained;
        value.denominator = static_cast<double>(handlers.size());
        value.baseline = timeline.isBaseline(m);
        value.note = m == 0 ? QStringLiteral("Optalt fra uddannelsesoversigten.") : QString();
        target.measurements << value;
    }
}

} // namespace medsafe::demo
