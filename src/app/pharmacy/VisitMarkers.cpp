#include "app/pharmacy/VisitMarkers.h"

#include "app/pharmacy/PharmacyForms.h"
#include "services/pharmacy/PharmacyFigures.h"

namespace medsafe::app {

QList<charts::ChartAnnotation> VisitMarkers::of(const QList<domain::QaVisit>& visits,
                                                const QList<domain::QaChecklist>& checklists) {
    QList<charts::ChartAnnotation> markers;
    for (const domain::QaVisit& visit : visits) {
        const domain::QaChecklist* checklist = services::PharmacyFigures::checklistFor(visit, checklists);
        const std::optional<double> share =
            checklist ? services::PharmacyFigures::compliance(visit, *checklist).share() : std::nullopt;
        const QString label = share ? tr("The pharmacy's quality assurance (%1 complied with)")
                                          .arg(PharmacyForms::percent(*share))
                                    : tr("The pharmacy's quality assurance");
        markers << charts::ChartAnnotation{0, visit.visitDate, label};
    }
    return markers;
}

} // namespace medsafe::app
