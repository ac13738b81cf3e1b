#pragma once

#include "charts/ChartSpec.h"

#include <QList>

namespace medsafe::charts {

// Adds dated markers of another kind (the pharmacy's quality-assurance visits) to a chart's
// PDSA markers: those inside the period the chart covers are merged in, and all are numbered
// again in date order, so the legend reads as one story.
class ChartMarkers {
public:
    static void add(ChartSpec& spec, const QList<ChartAnnotation>& extra);
};

} // namespace medsafe::charts
