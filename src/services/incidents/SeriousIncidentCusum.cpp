#include "services/incidents/SeriousIncidentCusum.h"

#include <QLocale>
#include <algorithm>

namespace medsafe::services {

using namespace medsafe::domain;

namespace {

// A baseline of `count` cases can set p0 only if it holds both kinds of outcome.
bool usable(const std::vector<int>& outcomes, int count) {
    if (count < 1 || count > int(outcomes.size())) return false;
    const int events = int(std::count(outcomes.begin(), outcomes.begin() + count, 1));
    return events > 0 && events < count;
}

} // namespace

bool SeriousIncidentCusum::isSerious(const Incident& incident) {
    return incident.overallCategory() >= OverallCategory::SeriousSafetyRisk;
}

std::variant<SeriousIncidentCusum, QString> SeriousIncidentCusum::analyze(const QList<Incident>& incidents,
                                                                         const std::optional<QDate>& phase1End) {
    QList<Incident> ordered;
    for (const Incident& incident : incidents)
        if (incident.occurredDate.isValid()) ordered.append(incident);
    if (ordered.isEmpty()) return tr("No incidents registered yet.");
    std::stable_sort(ordered.begin(), ordered.end(), [](const Incident& a, const Incident& b) {
        if (a.occurredDate != b.occurredDate) return a.occurredDate < b.occurredDate;
        // An unknown time (null) sorts first within its day.
        return a.occurredTime.isValid() && b.occurredTime.isValid() ? a.occurredTime < b.occurredTime
                                                                    : !a.occurredTime.isValid() && b.occurredTime.isValid();
    });

    SeriousIncidentCusum cusum;
    analysis::BernoulliCusumInput input;
    for (const Incident& incident : ordered) {
        input.outcomes.push_back(isSerious(incident) ? 1 : 0);
        cusum.dates.append(incident.occurredDate);
    }
    cusum.seriousCases = int(std::count(input.outcomes.begin(), input.outcomes.end(), 1));
    const int cases = int(input.outcomes.size());
    if (cusum.seriousCases == 0) return tr("None of the %n incidents was serious; there is nothing to watch yet.", "", cases);
    if (cusum.seriousCases == cases) return tr("Every incident so far was serious; a CUSUM needs some that were not.");

    int inPhase1 = 0;
    if (phase1End)
        inPhase1 = int(std::count_if(cusum.dates.begin(), cusum.dates.end(), [&](const QDate& d) { return d <= *phase1End; }));
    if (inPhase1 >= kMinimumBaseline && usable(input.outcomes, inPhase1)) {
        cusum.baseline = Baseline::Phase1;
        cusum.baselineCases = inPhase1;
    } else if (cases > kFirstCases && usable(input.outcomes, kFirstCases)) {
        cusum.baseline = Baseline::FirstCases;
        cusum.baselineCases = kFirstCases;
    } else {
        cusum.baseline = Baseline::AllCases;
        cusum.baselineCases = cases;
    }
    if (cusum.baseline != Baseline::AllCases) input.baselineCases = cusum.baselineCases;

    auto outcome = analysis::BernoulliCusum::analyze(input);
    if (const auto* error = std::get_if<analysis::AnalysisError>(&outcome))
        return tr("The CUSUM could not be computed: %1").arg(QString::fromStdString(error->message));
    cusum.result = std::get<analysis::BernoulliCusumResult>(std::move(outcome));
    return cusum;
}

QString SeriousIncidentCusum::baselineSentence() const {
    const QString share = QLocale().toString(100.0 * result.p0, 'f', 0);
    switch (baseline) {
    case Baseline::Phase1:
        return tr("Expected share of serious incidents: %1 % (the %n incidents of phase 1).", "", baselineCases).arg(share);
    case Baseline::FirstCases:
        return tr("Expected share of serious incidents: %1 % (the first %n incidents).", "", baselineCases).arg(share);
    case Baseline::AllCases:
        break;
    }
    return tr("Expected share of serious incidents: %1 % (all %n incidents; too few for a baseline of their own).", "",
              baselineCases)
        .arg(share);
}

} // namespace medsafe::services
