#include "services/sustain/ChangeAdoption.h"

#include <algorithm>

namespace medsafe::services {

QDate ChangeAdoption::adoptionDateOf(const domain::PdsaCycle& cycle) {
    return cycle.endDate.isValid() ? cycle.endDate : cycle.startDate;
}

QList<ChangeAdoption> ChangeAdoption::derive(const QList<domain::PdsaCycle>& cycles,
                                             const QList<domain::ChangeIdea>& ideas,
                                             const QList<domain::Driver>& drivers) {
    QList<ChangeAdoption> adopted;
    for (const domain::ChangeIdea& idea : ideas) {
        ChangeAdoption change;
        change.idea = idea;
        for (const domain::PdsaCycle& cycle : cycles) {
            if (cycle.changeIdeaId != idea.id) continue;
            for (const domain::MeasureId measure : cycle.measureIds)
                if (!change.measureIds.contains(measure)) change.measureIds << measure;
            if (cycle.decision != domain::ActDecision::Adopt) continue;
            const QDate on = adoptionDateOf(cycle);
            if (!on.isValid()) continue;
            if (!change.adoptedOn.isValid() || on < change.adoptedOn) {
                change.adoptedOn = on;
                change.adoptingCycle = cycle;
            }
        }
        if (!change.adoptedOn.isValid()) continue;
        if (idea.driverId) {
            for (const domain::Driver& driver : drivers)
                if (driver.id == *idea.driverId) change.driver = driver;
        }
        adopted << change;
    }
    std::stable_sort(adopted.begin(), adopted.end(), [](const ChangeAdoption& a, const ChangeAdoption& b) {
        return a.adoptedOn > b.adoptedOn;
    });
    return adopted;
}

} // namespace medsafe::services
