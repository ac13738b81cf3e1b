#include "app/sustain/SustainChartsPanel.h"

#include "charts/ChartNumberFormat.h"
#include "charts/ChartTypeNames.h"
#include "charts/MeasureChartRecipe.h"
#include "charts/MeasureChartSpec.h"
#include "charts/RunChartBuilder.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace medsafe::app {

namespace {

QChartView* makeChartView(QWidget* parent, const QString& name) {
    auto* view = new QChartView(parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(260, 220);
    return view;
}

// Replaces the view's chart (the view does not delete the one it had).
void setChart(QChartView* view, QChart* chart) {
    QChart* old = view->chart();
    view->setChart(chart ? chart : new QChart);
    delete old;
}

// A dotted vertical line where the frozen baseline ends, so the period that set the limits
// can be seen even when a runs signal colours the whole centre line.
void addFreezeGuide(QChart* chart, int freezeIndex, int points) {
    if (freezeIndex <= 0 || freezeIndex >= points) return;
    // The axes the data points are drawn on (the number row of the markers has its own).
    if (chart->series().isEmpty()) return;
    QAbstractAxis* time = nullptr;
    QValueAxis* value = nullptr;
    for (QAbstractAxis* axis : chart->series().first()->attachedAxes()) {
        if (axis->orientation() == Qt::Horizontal)
            time = axis;
        else
            value = qobject_cast<QValueAxis*>(axis);
    }
    if (!time || !value) return;
    auto* guide = new QLineSeries;
    guide->setObjectName(QStringLiteral("freezeEndGuide"));
    guide->setName(SustainChartsPanel::tr("End of the frozen baseline"));
    QPen pen(QColor(0x55, 0x55, 0x55));
    pen.setStyle(Qt::DashDotLine);
    pen.setWidthF(1.2);
    guide->setPen(pen);
    const double x = freezeIndex - 0.5;
    guide->append(x, value->min());
    guide->append(x, value->max());
    chart->addSeries(guide);
    guide->attachAxis(time);
    guide->attachAxis(value);
}

// The numbered PDSA markers in words, as the tooltip of a chart drawn without its legend.
QString markerLegend(const charts::ChartSpec& spec) {
    QStringList lines;
    for (const charts::ChartAnnotation& a : spec.annotations)
        lines << QStringLiteral("%1: %2").arg(a.number).arg(a.label);
    return lines.join(QLatin1Char('\n'));
}

QLabel* wrappedLabel(QWidget* parent, const QString& name) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

SustainChartsPanel::SustainChartsPanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("sustainChartsPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    m_heading = wrappedLabel(this, QStringLiteral("changeHeadingLabel"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    layout->addWidget(m_heading);

    auto* row = new QHBoxLayout;
    m_measureLabel = new QLabel(tr("Measure:"), this);
    auto* measureLabel = m_measureLabel;
    row->addWidget(measureLabel);
    m_measure = new QComboBox(this);
    m_measure->setObjectName(QStringLiteral("sustainMeasureCombo"));
    m_measure->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    measureLabel->setBuddy(m_measure);
    row->addWidget(m_measure);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("measureStatusLabel"));
    row->addWidget(m_status);
    row->addStretch(1);
    layout->addLayout(row);

    m_frozen = wrappedLabel(this, QStringLiteral("frozenLimitsLabel"));
    m_slipBack = wrappedLabel(this, QStringLiteral("slipBackLabel"));
    m_slipBack->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; border-left: 4px solid #b02a1e; "
                                             "padding: 4px; }"));
    m_missing = wrappedLabel(this, QStringLiteral("missingMonthsLabel"));
    layout->addWidget(m_frozen);
    layout->addWidget(m_slipBack);
    layout->addWidget(m_missing);

    auto* charts = new QHBoxLayout;
    charts->setSpacing(6);
    m_runView = makeChartView(this, QStringLiteral("sustainRunChartView"));
    m_frozenView = makeChartView(this, QStringLiteral("sustainFrozenChartView"));
    charts->addWidget(m_runView, 1);
    charts->addWidget(m_frozenView, 1);
    layout->addLayout(charts, 1);
    layout->addStretch(0); // takes the room when no chart is shown

    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] { showMeasure(); });
    showChange(nullptr, {});
}

void SustainChartsPanel::showChange(const services::SustainedChange* change,
                                    const services::DashboardData& data) {
    m_change = change;
    m_data = data;
    const QSignalBlocker block(m_measure);
    m_measure->clear();
    if (change) {
        m_heading->setText(
            change->change.driver
                ? tr("%1 — driver: %2").arg(change->change.idea.title, change->change.driver->text)
                : change->change.idea.title);
        for (const services::SustainedMeasure& m : change->measures)
            m_measure->addItem(m.measure.name);
    } else {
        m_heading->setText(tr("Choose an adopted change on the left."));
    }
    m_measure->setVisible(m_measure->count() > 0);
    m_measureLabel->setVisible(m_measure->count() > 0);
    showMeasure();
}

void SustainChartsPanel::showMeasure() {
    const int index = m_measure->currentIndex();
    const services::SustainedMeasure* m =
        m_change && index >= 0 && index < m_change->measures.size() ? &m_change->measures[index] : nullptr;
    m_slipBack->hide();
    m_missing->hide();
    m_frozen->hide();
    m_status->clear();
    m_runView->setVisible(m != nullptr);
    m_frozenView->setVisible(m != nullptr && m->frozen.enough());
    if (!m) {
        setChart(m_runView, nullptr);
        setChart(m_frozenView, nullptr);
        if (m_change && m_change->measures.isEmpty()) {
            m_missing->setText(
                tr("No measure is linked to the PDSA cycles of this change. Link a measure to a "
                   "cycle to follow whether the change holds."));
            m_missing->show();
        }
        return;
    }
    m_status->setText(services::SustainedChanges::statusText(m->status));
    if (m->runChart.result) {
        charts::ChartSpec run =
            charts::MeasureChartRecipe::fromChart(m->runChart, m_data.cycles, m_data.changeIdeas);
        run.title = tr("Run chart, all months");
        setChart(m_runView, charts::RunChartBuilder::build(run));
        m_runView->setToolTip(markerLegend(run));
    } else
        setChart(m_runView, nullptr);

    const services::FrozenChart& frozen = m->frozen;
    if (!frozen.enough()) {
        setChart(m_frozenView, nullptr);
        m_missing->setText(frozen.missingText());
        m_missing->show();
        return;
    }
    charts::ChartSpec spec =
        charts::MeasureChartRecipe::fromChart(frozen.chart, m_data.cycles, m_data.changeIdeas);
    spec.title = tr("Control chart after adoption");
    QChart* chart = charts::RunChartBuilder::build(spec);
    addFreezeGuide(chart, frozen.freezeIndex, static_cast<int>(frozen.chart.series.points.size()));
    setChart(m_frozenView, chart);
    m_frozenView->setToolTip(markerLegend(spec));

    const QString unit = charts::MeasureChartSpec::unit(m->measure, frozen.chart.series.perEvent);
    QString numbers;
    if (frozen.centre) {
        numbers = tr("centre line %1").arg(charts::ChartNumberFormat::withUnit(*frozen.centre, unit));
        if (frozen.lower && frozen.upper)
            numbers += tr(", control limits %1 to %2")
                           .arg(charts::ChartNumberFormat::withUnit(*frozen.lower, unit),
                                charts::ChartNumberFormat::withUnit(*frozen.upper, unit));
    }
    const QString type = frozen.chart.request.chart == domain::ChartType::P ? tr("P") : tr("I");
    const QString count = frozen.chart.series.perEvent
                              ? tr("%n measurement(s) after adoption", nullptr, frozen.points)
                              : tr("%n month(s) after adoption", nullptr, frozen.points);
    m_frozen->setText(tr("%1 (%2 chart, %3): %4.").arg(frozen.frozenText(), type, count, numbers));
    m_frozen->show();
    if (!m->sentence.isEmpty()) {
        m_slipBack->setText(QStringLiteral("▼ ") + m->sentence);
        m_slipBack->show();
    }
}

} // namespace medsafe::app
