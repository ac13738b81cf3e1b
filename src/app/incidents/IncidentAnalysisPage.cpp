#include "app/incidents/IncidentAnalysisPage.h"

#include "analysis/ChartAnalyzer.h"
#include "charts/ChartSpec.h"
#include "charts/ChartView.h"
#include "services/incidents/IncidentStatistics.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTableWidget>
#include <QValueAxis>

namespace medsafe::app {

using namespace medsafe::domain;

namespace {

constexpr int kParetoBars = 8; // the rest are few and make the labels unreadable

QChartView* makeChartView(QWidget* parent, const QString& name) {
    auto* view = new QChartView(new QChart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(360);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    return view;
}

// Axis labels keep the first part of a long taxonomy label ("Administration/udlevering" ->
// "Administration"): eight whole words fit under the bars, and the list shows the full label.
QString shortLabel(const QString& label) {
    static const QRegularExpression kCut(QStringLiteral("\\s*[/(]"));
    QString text = label.section(kCut, 0, 0).trimmed();
    if (text.isEmpty()) text = label;
    return text.size() > 20 ? text.left(19) + QStringLiteral("…") : text;
}

} // namespace

IncidentAnalysisPage::IncidentAnalysisPage(QWidget* parent) : QWidget(parent) {
    m_stageChart = makeChartView(this, QStringLiteral("stageParetoChartView"));
    m_typeChart = makeChartView(this, QStringLiteral("errorTypeParetoChartView"));
    m_tChart = new charts::ChartView(this);
    m_tChart->setObjectName(QStringLiteral("daysBetweenChartView"));
    m_tChart->setMinimumHeight(380);
    m_monthTable = new QTableWidget(this);
    m_monthTable->setObjectName(QStringLiteral("monthCountTable"));
    m_monthTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_monthTable->verticalHeader()->setVisible(false);
    m_monthTable->setMaximumHeight(m_monthTable->fontMetrics().height() * 2 + 24);

    auto* content = new QWidget;
    auto* grid = new QGridLayout(content);
    auto* monthTitle = new QLabel(tr("Incidents per month, last 12 months"), content);
    monthTitle->setStyleSheet(QStringLiteral("font-weight: 600;"));
    grid->addWidget(m_stageChart, 0, 0);
    grid->addWidget(m_typeChart, 0, 1);
    grid->addWidget(monthTitle, 1, 0, 1, 2);
    grid->addWidget(m_monthTable, 2, 0, 1, 2);
    grid->addWidget(m_tChart, 3, 0, 1, 2);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void IncidentAnalysisPage::fillPareto(QChart* chart, const QString& title, const QList<services::ParetoBar>& bars) {
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(title);
    auto* set = new QBarSet(tr("Incidents"));
    set->setColor(QColor(0x1f, 0x77, 0xb4));
    auto* line = new QLineSeries;
    line->setName(tr("Cumulative share (%)"));
    line->setPointsVisible(true);
    line->setColor(QColor(0xd6, 0x27, 0x28));
    QStringList categories;
    int maxCount = 0;
    for (qsizetype i = 0; i < bars.size() && i < kParetoBars; ++i) {
        *set << bars[i].count;
        line->append(double(i), bars[i].cumulativePercent);
        categories << shortLabel(bars[i].label);
        maxCount = std::max(maxCount, bars[i].count);
    }
    auto* series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    chart->addSeries(line);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    QFont small = x->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    x->setLabelsFont(small);
    // Upright labels: Qt Charts hides slanted labels whose boxes overlap a neighbour's.
    x->setLabelsAngle(-90);
    x->setTruncateLabels(false);
    auto* y = new QValueAxis;
    y->setRange(0, std::max(1, maxCount));
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("Number"));
    auto* percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setLabelFormat(QStringLiteral("%d %%"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(percent, Qt::AlignRight);
    series->attachAxis(x);
    series->attachAxis(y);
    line->attachAxis(x);
    line->attachAxis(percent);
}

void IncidentAnalysisPage::fillTChart(const QList<Incident>& incidents) {
    const auto points = services::IncidentStatistics::daysBetween(incidents);
    charts::ChartSpec spec;
    spec.title = tr("Days between medication errors");
    spec.unit = tr("days");
    spec.yAxisLabel = tr("Days since the previous error");
    spec.timeAxis = charts::TimeAxisKind::Events;
    spec.direction = Direction::HigherIsBetter;
    analysis::ChartInput input;
    for (const auto& p : points) {
        spec.dates << p.date;
        input.y.push_back(double(p.days));
    }
    const auto outcome = analysis::ChartAnalyzer::analyze(analysis::ChartType::T, input);
    if (const auto* result = std::get_if<analysis::ChartResult>(&outcome)) {
        spec.result = *result;
        m_tChart->setSpec(spec);
        m_tChart->setVisible(true);
    } else {
        m_tChart->setVisible(false); // too few errors for a T chart yet
    }
}

void IncidentAnalysisPage::setIncidents(const QList<Incident>& incidents, const QDate& today) {
    fillPareto(m_stageChart->chart(), tr("Incidents by process stage"),
               services::IncidentStatistics::paretoByStage(incidents));
    fillPareto(m_typeChart->chart(), tr("Incidents by error type"),
               services::IncidentStatistics::paretoByErrorType(incidents));
    const auto months =
        services::IncidentStatistics::monthlyCounts(incidents, {}, today.addMonths(-11), today);
    m_monthTable->clear();
    m_monthTable->setRowCount(1);
    m_monthTable->setColumnCount(int(months.size()));
    QStringList headers;
    for (int c = 0; c < months.size(); ++c) {
        headers << QLocale().toString(months[c].month, QStringLiteral("MMM yy"));
        auto* item = new QTableWidgetItem(QString::number(months[c].count));
        item->setTextAlignment(Qt::AlignCenter);
        m_monthTable->setItem(0, c, item);
    }
    m_monthTable->setHorizontalHeaderLabels(headers);
    m_monthTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    fillTChart(incidents);
}

} // namespace medsafe::app
