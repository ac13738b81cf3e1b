#pragma once

#include <QCoreApplication>

class QChart;

namespace medsafe::services {
struct SeriousIncidentCusum;
}

namespace medsafe::charts {

// Draws a Bernoulli CUSUM of serious incidents into a QChart: the upper CUSUM (serious cases
// coming more often than expected) from 0 up to the limit, the lower one (less often) from 0
// down to minus the limit, the limits themselves, red points where a CUSUM reached its limit
// (it starts again from 0 there), and a dashed line after the cases that set the expected share.
// The x axis counts cases, not days: a CUSUM moves with each incident. GUI thread only.
class CusumChartBuilder {
    Q_DECLARE_TR_FUNCTIONS(CusumChartBuilder)

public:
    static void fill(QChart* chart, const services::SeriousIncidentCusum& cusum);
};

} // namespace medsafe::charts
