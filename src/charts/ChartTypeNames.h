#pragma once

#include "analysis/ChartType.h"

#include <QCoreApplication>
#include <QString>

namespace medsafe::charts {

// The name a leader reads for each chart type ("Seriediagram (median)", "P-kontroldiagram
// (andel)"), with what its centre line is, so the reader knows which statistic they see.
class ChartTypeNames {
    Q_DECLARE_TR_FUNCTIONS(ChartTypeNames)

public:
    static QString name(analysis::ChartType type);
    // "Median" for run and G charts, "Centre line" otherwise.
    static QString centreLineName(analysis::ChartType type);
};

} // namespace medsafe::charts
