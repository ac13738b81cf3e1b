#include "demo/DemoIncidentBuilder.h"

#include "demo/DemoIncidentTexts.h"

#include <algorithm>
#include <cmath>

namespace medsafe::demo {

using namespace medsafe::domain;
using Use = DemoIncidentTexts::Use;

namespace {

// The kinds of one use and their weights, for DemoRandom::weighted.
struct KindPool {
    QList<const DemoIncidentTexts::Kind*> kinds;
    QList<double> weights;
};

KindPool poolFor(Use use)
{
    KindPool pool;
    for (const auto& kind : DemoIncidentTexts::kinds()) {
        if (kind.use == use) {
            pool.kinds << &kind;
            pool.weights << kind.weight;
        }
    }
    return pool;
}

int stochasticRound(DemoRandom& random, double value)
{
    const double floorValue = std::floor(value);
    return static_cast<int>(floorValue) + (random.chance(value - floorValue) ? 1 : 0);
}

NccMerpCategory merpFor(const Incident& incident, DemoRandom& random)
{
    if (!incident.reachedCitizen)
        return random.chance(0.5) ? NccMerpCategory::A : NccMerpCategory::B;
    switch (incident.actualConsequence) {
    case ActualConsequence::NoneOrUnknown:
        return random.chance(0.6) ? NccMerpCategory::C : NccMerpCategory::D;
    case ActualConsequence::Mild:
        return NccMerpCategory::E;
    case ActualConsequence::Severe:
    case ActualConsequence::Fatal:
        return NccMerpCategory::F;
    }
    return NccMerpCategory::C;
}

} // namespace

QList<int> DemoIncidentBuilder::monthlyCounts(DemoContext& context, int total)
{
    const int months = context.timeline.months();
    QList<double> expected;
    double sum = 0;
    for (int m = 0; m < months; ++m) {
        const double level = context.timeline.incidentLevel(m) * context.random.realBetween(0.9, 1.1);
        expected << level;
        sum += level;
    }
    // Largest remainder: the counts add up to exactly `total`.
    QList<int> counts;
    QList<std::pair<double, int>> remainders;
    int assigned = 0;
    for (int m = 0; m < months; ++m) {
        const double share = total * expected[m] / sum;
        counts << static_cast<int>(std::floor(share));
        assigned += counts.back();
        remainders.append({share - std::floor(share), m});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (int i = 0; i < total - assigned; ++i)
        ++counts[remainders[i % months].second];
    return counts;
}

QList<QDate> DemoIncidentBuilder::spreadInMonth(DemoContext& context, const QDate& month, int count)
{
    QList<QDate> dates;
    const int days = month.daysInMonth();
    for (int i = 0; i < count; ++i) {
        const double position = (i + 0.5 + context.random.realBetween(-0.25, 0.25)) * days / count;
        const int day = std::clamp(static_cast<int>(position), 0, days - 1);
        dates << month.addDays(day);
    }
    std::sort(dates.begin(), dates.end());
    return dates;
}

void DemoIncidentBuilder::build(DemoContext& context, DemoBotilbud& target)
{
    DemoRandom& random = context.random;
    const DemoTimeline& timeline = context.timeline;
    const KindPool notGiven = poolFor(Use::NotGiven);
    const KindPool ordinary = poolFor(Use::Ordinary);
    const KindPool doctor = poolFor(Use::DoctorContact);
    QList<PersonId> reporters;
    for (const auto& person : target.people) {
        if (person.handlesMedicine)
            reporters << person.id;
    }
    const int apartments = std::max(1, target.botilbud.residentCount);

    const QList<int> counts = monthlyCounts(context, context.incidentTarget);
    QDate lastDoctorContact;
    for (int m = 0; m < timeline.months(); ++m) {
        const QList<QDate> dates = spreadInMonth(context, timeline.month(m), counts[m]);
        // Which of the month's incidents needed a doctor's contact: the first one at least the
        // minimum gap after the previous such incident.
        const int gap = timeline.isBaseline(m) ? kDoctorGapBaseline : kDoctorGapImproved;
        QList<bool> isDoctor;
        QList<int> others;
        for (int i = 0; i < dates.size(); ++i) {
            const bool due = lastDoctorContact.isValid() ? lastDoctorContact.daysTo(dates[i]) >= gap
                                                         : timeline.start().daysTo(dates[i]) >= gap / 3;
            isDoctor << due;
            if (due)
                lastDoctorContact = dates[i];
            else
                others << i;
        }
        const double share = timeline.isBaseline(m) ? kNotGivenShareBaseline : kNotGivenShareImproved;
        const int notGivenCount = std::min(static_cast<int>(others.size()), stochasticRound(random, share * others.size()));
        random.shuffle(others);
        const QList<int> notGivenIndexes = others.mid(0, notGivenCount);

        for (int i = 0; i < dates.size(); ++i) {
            const KindPool& pool = isDoctor[i] ? doctor : (notGivenIndexes.contains(i) ? notGiven : ordinary);
            const DemoIncidentTexts::Kind& kind = *pool.kinds.at(random.weighted(pool.weights));
            Incident incident;
            incident.id = context.ids.next<IncidentId>();
            incident.botilbudId = target.botilbud.id;
            incident.occurredDate = dates[i];
            if (kind.hour >= 0) {
                const int hour = std::clamp(kind.hour + random.between(-1, 1), 0, 23);
                incident.occurredTime = QTime(hour, random.between(0, 11) * 5);
            }
            incident.reportedDate = std::min(dates[i].addDays(random.chance(0.7) ? 0 : random.between(1, 2)),
                                             timeline.end());
            incident.stage = kind.stage;
            incident.errorType = kind.errorType;
            incident.reachedCitizen = kind.reachedCitizen;
            incident.requiredDoctorContact = isDoctor[i];
            if (isDoctor[i]) {
                incident.actualConsequence = random.chance(0.85) ? ActualConsequence::Mild : ActualConsequence::Severe;
                incident.possibleConsequence = PossibleConsequence::SevereOrFatal;
            } else {
                incident.actualConsequence = kind.reachedCitizen && random.chance(0.35) ? ActualConsequence::Mild
                                                                                        : ActualConsequence::NoneOrUnknown;
                incident.possibleConsequence = random.chance(0.15) ? PossibleConsequence::SevereOrFatal
                                                                   : PossibleConsequence::Mild;
            }
            if (random.chance(0.7))
                incident.nccMerp = merpFor(incident, random);
            incident.description = QString::fromUtf8(kind.description).arg(random.between(1, apartments));
            incident.immediateAction = QString::fromUtf8(kind.immediateAction);
            const int monthsBeforeEnd = timeline.months() - 1 - m;
            incident.status = monthsBeforeEnd == 0 ? IncidentStatus::New
                : monthsBeforeEnd <= 2             ? IncidentStatus::Analysed
                                                   : IncidentStatus::Closed;
            if (incident.status != IncidentStatus::New)
                incident.learning = QString::fromUtf8(kind.learning);
            if (!reporters.isEmpty())
                incident.reporterId = random.pick(reporters);
            target.incidents << incident;
        }
    }
}

} // namespace medsafe::demo
