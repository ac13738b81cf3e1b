#pragma once

#include "charts/ChartSpec.h"
#include "domain/pharmacy/QaChecklist.h"
#include "domain/pharmacy/QaVisit.h"

#include <QCoreApplication>
#include <QList>

namespace medsafe::app {

// The pharmacy's quality-assurance visits as chart markers, like the PDSA cycles: one per
// visit, "Apotekets kvalitetssikring (86 % overholdt)", numbered by charts::ChartMarkers.
class VisitMarkers {
    Q_DECLARE_TR_FUNCTIONS(VisitMarkers)

public:
    static QList<charts::ChartAnnotation> of(const QList<domain::QaVisit>& visits,
                                             const QList<domain::QaChecklist>& checklists);
};

} // namespace medsafe::app
