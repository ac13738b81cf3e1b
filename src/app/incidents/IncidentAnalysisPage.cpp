#include "app/incidents/IncidentAnalysisPage.h"

#include "analysis/ChartAnalyzer.h"
#include "charts/ChartSpec.h"
#include "charts/ChartView.h"
#include "charts/CusumChartBuilder.h"
#include "services/incidents/IncidentStatistics.h"
#include "services/incidents/SeriousIncidentCusum.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
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
using services::IncidentField;
using services::IncidentPareto;

namespace {

// Bars beyond this are few and make the labels unreadable: the rest go into one last bar.
constexpr int kParetoBars = 8;

QChartView* makeChartView(QWidget* parent, const QString& name, int minimumHeight) {
    auto* view = new QChartView(new QChart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(minimumHeight);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    return view;
}

// Axis labels keep the first part of a long taxonomy label ("Administration/udlevering" ->
// "Administration"): eight whole words fit under the bars; the tooltip of the chooser and the
// list show the full label.
QString shortLabel(const QString& label) {
    static const QRegularExpression kCut(QStringLiteral("\\s*[/(]"));
    QString text = label.section(kCut, 0, 0).trimmed();
    if (text.isEmpty()) text = label;
    return text.size() > 20 ? text.left(19) + QStringLiteral("…") : text;
}

// The largest bars as they are; the rest summed into one last bar, whose cumulative share is
// the last one's (100 %), so the line still ends where the whole does.
QList<services::ParetoBar> capped(const QList<services::ParetoBar>& bars) {
    if (bars.size() <= kParetoBars) return bars;
    QList<services::ParetoBar> shown = bars.mid(0, kParetoBars - 1);
    services::ParetoBar rest;
    const auto restCount = bars.size() - (kParetoBars - 1);
    rest.label = IncidentAnalysisPage::tr("Other (%n categories)", "", int(restCount));
    for (qsizetype i = kParetoBars - 1; i < bars.size(); ++i) rest.count += bars[i].count;
    rest.cumulativePercent = bars.last().cumulativePercent;
    shown.append(rest);
    return shown;
}

} // namespace

IncidentAnalysisPage::IncidentAnalysisPage(QWidget* parent) : QWidget(parent) {
    auto* content = new QWidget;
    m_left = makeParetoPanel(QStringLiteral("stageParetoChartView"), IncidentField::Stage, content);
    m_right = makeParetoPanel(QStringLiteral("errorTypeParetoChartView"), IncidentField::ErrorType, content);
    m_cusumChart = makeChartView(content, QStringLiteral("seriousCusumChartView"), 380);
    m_cusumText = new QLabel(content);
    m_cusumText->setObjectName(QStringLiteral("seriousCusumText"));
    m_cusumText->setWordWrap(true);
    m_tChart = new charts::ChartView(content);
    m_tChart->setObjectName(QStringLiteral("daysBetweenChartView"));
    m_tChart->setMinimumHeight(380);
    m_monthTable = new QTableWidget(content);
    m_monthTable->setObjectName(QStringLiteral("monthCountTable"));
    m_monthTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_monthTable->verticalHeader()->setVisible(false);
    m_monthTable->setMaximumHeight(m_monthTable->fontMetrics().height() * 2 + 24);

    auto* grid = new QGridLayout(content);
    auto* monthTitle = new QLabel(tr("Incidents per month, last 12 months"), content);
    monthTitle->setStyleSheet(QStringLiteral("font-weight: 600;"));
    int row = 0;
    for (const ParetoPanel* panel : {&m_left, &m_right}) {
        auto* chooser = new QHBoxLayout;
        chooser->addWidget(new QLabel(tr("Pareto by:"), content));
        chooser->addWidget(panel->field, 1);
        const int column = panel == &m_left ? 0 : 1;
        grid->addLayout(chooser, row, column);
        grid->addWidget(panel->view, row + 1, column);
    }
    row += 2;
    grid->addWidget(monthTitle, row++, 0, 1, 2);
    grid->addWidget(m_monthTable, row++, 0, 1, 2);
    grid->addWidget(m_cusumChart, row++, 0, 1, 2);
    grid->addWidget(m_cusumText, row++, 0, 1, 2);
    grid->addWidget(m_tChart, row++, 0, 1, 2);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

IncidentAnalysisPage::ParetoPanel IncidentAnalysisPage::makeParetoPanel(const QString& name, IncidentField initial,
                                                                        QWidget* parent) {
    ParetoPanel panel;
    panel.view = makeChartView(parent, name, 360);
    panel.field = new QComboBox(parent);
    panel.field->setObjectName(name + QStringLiteral("Field"));
    for (IncidentField field : IncidentPareto::fields())
        panel.field->addItem(IncidentPareto::fieldLabel(field), IncidentPareto::fieldKey(field));
    panel.field->setCurrentIndex(panel.field->findData(IncidentPareto::fieldKey(initial)));
    connect(panel.field, &QComboBox::currentIndexChanged, this, [this, panel] { fillPareto(panel); });
    return panel;
}

void IncidentAnalysisPage::fillPareto(const ParetoPanel& panel) {
    const auto field = IncidentPareto::fieldFromKey(panel.field->currentData().toString());
    if (!field) return;
    const QList<services::ParetoBar> bars = capped(IncidentPareto::of(m_incidents, *field));
    QChart* chart = panel.view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) chart->removeAxis(axis);
    chart->setTitle(tr("Incidents by %1").arg(IncidentPareto::fieldLabel(*field).toLower()));
    auto* set = new QBarSet(tr("Incidents"));
    set->setColor(QColor(0x1f, 0x77, 0xb4));
    auto* line = new QLineSeries;
    line->setName(tr("Cumulative share (%)"));
    line->setPointsVisible(true);
    line->setColor(QColor(0xd6, 0x27, 0x28));
    QStringList categories;
    QStringList fullNames;
    int maxCount = 0;
    for (qsizetype i = 0; i < bars.size(); ++i) {
        *set << bars[i].count;
        line->append(double(i), bars[i].cumulativePercent);
        categories << shortLabel(bars[i].label);
        fullNames << QStringLiteral("%1: %2").arg(bars[i].label).arg(bars[i].count);
        maxCount = std::max(maxCount, bars[i].count);
    }
    panel.view->setToolTip(fullNames.join(QLatin1Char('\n')));
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
    // Whole counts on round steps (0, 10, 20 ... not 0, 13, 26; never 0, 0, 0, 1 for one incident).
    int step = 1;
    for (const int nice : {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000})
        if (maxCount / nice <= 6) {
            step = nice;
            break;
        }
    if (maxCount / step > 6) step = (maxCount / 6 / 1000 + 1) * 1000;
    y->setRange(0, std::max(step, (maxCount + step - 1) / step * step));
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(step);
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

void IncidentAnalysisPage::fillCusum(const std::optional<QDate>& phase1End) {
    const auto outcome = services::SeriousIncidentCusum::analyze(m_incidents, phase1End);
    if (const auto* refusal = std::get_if<QString>(&outcome)) {
        m_cusumChart->setVisible(false);
        m_cusumText->setText(tr("Serious incidents case by case (Bernoulli CUSUM): %1").arg(*refusal));
        return;
    }
    const auto& cusum = std::get<services::SeriousIncidentCusum>(outcome);
    charts::CusumChartBuilder::fill(m_cusumChart->chart(), cusum);
    m_cusumChart->setVisible(true);
    int upper = 0;
    int lower = 0;
    for (const auto& point : cusum.result.points) {
        upper += point.signal1 ? 1 : 0;
        lower += point.signal2 ? 1 : 0;
    }
    QString reading;
    if (upper > 0)
        reading = tr("The upper curve reached the limit %n time(s): serious incidents came more often than expected.", "",
                     upper);
    if (lower > 0)
        reading += (reading.isEmpty() ? QString() : QStringLiteral(" ")) +
                   tr("The lower curve reached the limit %n time(s): serious incidents came less often than expected.",
                      "", lower);
    if (reading.isEmpty()) reading = tr("Neither curve has reached its limit: no change in the share of serious incidents.");
    m_cusumText->setText(
        tr("%1 of %2 incidents were serious (serious patient-safety risk, severe or fatal). %3 Each incident moves the "
           "curves: a serious one lifts the upper curve, one that was not lowers the lower curve towards its limit. %4")
            .arg(cusum.seriousCases)
            .arg(cusum.result.points.size())
            .arg(cusum.baselineSentence(), reading));
}

void IncidentAnalysisPage::fillTChart() {
    const auto points = services::IncidentStatistics::daysBetween(m_incidents);
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

void IncidentAnalysisPage::setIncidents(const QList<Incident>& incidents, const QDate& today,
                                        const std::optional<QDate>& phase1End) {
    m_incidents = incidents;
    fillPareto(m_left);
    fillPareto(m_right);
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
    fillCusum(phase1End);
    fillTChart();
}

} // namespace medsafe::app
