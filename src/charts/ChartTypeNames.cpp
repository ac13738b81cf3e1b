#include "charts/ChartTypeNames.h"

namespace medsafe::charts {

QString ChartTypeNames::name(analysis::ChartType type) {
    using analysis::ChartType;
    switch (type) {
    case ChartType::Run:
        return tr("Run chart (median)");
    case ChartType::I:
        return tr("I chart (individual values)");
    case ChartType::MR:
        return tr("MR chart (moving range)");
    case ChartType::C:
        return tr("C chart (count)");
    case ChartType::U:
        return tr("U chart (rate)");
    case ChartType::P:
        return tr("P chart (proportion)");
    case ChartType::G:
        return tr("G chart (cases between events)");
    case ChartType::T:
        return tr("T chart (time between events)");
    case ChartType::Xbar:
        return tr("X-bar chart (average)");
    case ChartType::PP:
        return tr("P' chart (proportion, Laney)");
    case ChartType::UP:
        return tr("U' chart (rate, Laney)");
    case ChartType::S:
        return tr("S chart (standard deviation)");
    case ChartType::IP:
        return tr("I' chart (individual values, Laney)");
    }
    return tr("Run chart (median)");
}

QString ChartTypeNames::centreLineName(analysis::ChartType type) {
    return analysis::centreLineIsMedian(type) ? tr("Median") : tr("Centre line");
}

} // namespace medsafe::charts
