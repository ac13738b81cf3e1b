#include "charts/CusumChartBuilder.h"

#include "charts/ChartStyle.h"
#include "services/incidents/SeriousIncidentCusum.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace medsafe::charts {

namespace {

QLineSeries* horizontal(double y, double from, double to, const QPen& pen, const QString& name) {
    auto* line = new QLineSeries;
    line->setName(name);
    line->setPen(pen);
    line->append(from, y);
    line->append(to, y);
    return line;
}

} // namespace

void CusumChartBuilder::fill(QChart* chart, const services::SeriousIncidentCusum& cusum) {
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) chart->removeAxis(axis);
    chart->setTitle(tr("Serious incidents, case by case (Bernoulli CUSUM)"));
    chart->setTitleFont(ChartStyle::titleFont());
    chart->setBackgroundBrush(ChartStyle::backgroundColor());

    const auto& result = cusum.result;
    const double cases = double(result.points.size());
    auto* upper = new QLineSeries;
    upper->setName(tr("More serious than expected (upper)"));
    upper->setPen(ChartStyle::dataPen());
    auto* lower = new QLineSeries;
    lower->setName(tr("Fewer serious than expected (lower)"));
    QPen lowerPen = ChartStyle::dataPen();
    lowerPen.setColor(ChartStyle::targetColor());
    lower->setPen(lowerPen);
    auto* signalPoints = new QScatterSeries;
    signalPoints->setName(tr("Signal (the CUSUM starts again from 0)"));
    signalPoints->setColor(ChartStyle::signalColor());
    signalPoints->setBorderColor(ChartStyle::signalColor());
    signalPoints->setMarkerSize(ChartStyle::kSignalPointSize);
    double low = -result.limit;
    double high = result.limit;
    for (const auto& point : result.points) {
        const double x = point.index + 1;
        upper->append(x, point.cusum1);
        lower->append(x, point.cusum2);
        if (point.signal1) signalPoints->append(x, point.cusum1);
        if (point.signal2) signalPoints->append(x, point.cusum2);
        low = std::min(low, point.cusum2);
        high = std::max(high, point.cusum1);
    }
    const QString limitText = QLocale().toString(result.limit, 'g', 3);
    QList<QAbstractSeries*> all{
        horizontal(result.limit, 0.5, cases + 0.5, ChartStyle::limitPen(), tr("Limit ±%1").arg(limitText)),
        horizontal(-result.limit, 0.5, cases + 0.5, ChartStyle::limitPen(), QString()),
        horizontal(0.0, 0.5, cases + 0.5, ChartStyle::centreLinePen(false, false), QString()),
        upper, lower};
    if (cusum.baseline != services::SeriousIncidentCusum::Baseline::AllCases) {
        auto* freeze = new QLineSeries;
        freeze->setName(tr("End of the baseline"));
        freeze->setPen(ChartStyle::annotationGuidePen());
        const double x = cusum.baselineCases + 0.5;
        const double reach = std::ceil(std::max(-low, high) + 0.5);
        freeze->append(x, -reach);
        freeze->append(x, reach);
        all.append(freeze);
    }
    if (signalPoints->count() > 0) all.append(signalPoints);
    else delete signalPoints;

    auto* xAxis = new QValueAxis;
    xAxis->setTitleText(tr("Incident number (in date order)"));
    xAxis->setLabelFormat(QStringLiteral("%d"));
    xAxis->setRange(0.5, std::max(1.5, cases + 0.5));
    xAxis->setTickType(QValueAxis::TicksDynamic);
    xAxis->setTickAnchor(0);
    xAxis->setTickInterval(std::max(1.0, std::ceil(cases / 10.0 / 5.0) * 5.0));
    xAxis->setGridLineColor(ChartStyle::gridColor());
    // Whole-number ticks from 0, on a range a little wider than the curves and both limits.
    auto* yAxis = new QValueAxis;
    yAxis->setTitleText(tr("CUSUM"));
    const double reach = std::ceil(std::max(-low, high) + 0.5);
    yAxis->setRange(-reach, reach);
    yAxis->setTickType(QValueAxis::TicksDynamic);
    yAxis->setTickAnchor(0);
    yAxis->setTickInterval(reach > 8 ? 2 : 1);
    yAxis->setLabelFormat(QStringLiteral("%d"));
    yAxis->setGridLineColor(ChartStyle::gridColor());
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries* series : all) {
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    // Only the named series belong in the legend (the zero line and the lower limit do not).
    for (QAbstractSeries* series : all)
        if (series->name().isEmpty())
            for (auto* marker : chart->legend()->markers(series)) marker->setVisible(false);
}

} // namespace medsafe::charts
