#include "app/pharmacy/PharmacyChartsPage.h"

#include "app/DialogService.h"
#include "app/pharmacy/PharmacyForms.h"
#include "app/pharmacy/VisitMarkers.h"
#include "charts/ChartMarkers.h"
#include "charts/ChartView.h"
#include "charts/MeasureChartRecipe.h"
#include "domain/pharmacy/PharmacyLabels.h"
#include "services/pharmacy/PharmacyFigures.h"
#include "services/workspace/Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace medsafe::app {

using namespace medsafe::domain;
using services::PharmacyFigures;

namespace {

// The combo's data: which series. Compliance areas and question categories by their enum.
constexpr int kComplianceAll = 0;
constexpr int kComplianceArea = 100;
constexpr int kQuestionsAll = 200;
constexpr int kQuestionsCategory = 300;

} // namespace

PharmacyChartsPage::PharmacyChartsPage(DialogService& dialogs, QWidget* parent)
    : ProgrammePage(parent), m_dialogs(dialogs) {
    setObjectName(QStringLiteral("pharmacyChartsPage"));
    m_series = new QComboBox(this);
    m_series->setObjectName(QStringLiteral("pharmacySeriesComboBox"));
    m_series->addItem(PharmacyFigures::complianceMeasure().name, kComplianceAll);
    for (QaArea area : allValues<QaArea>())
        m_series->addItem(PharmacyFigures::complianceMeasure(area).name,
                          kComplianceArea + static_cast<int>(area));
    m_series->addItem(PharmacyFigures::questionMeasure().name, kQuestionsAll);
    for (QuestionCategory category : allValues<QuestionCategory>())
        m_series->addItem(PharmacyFigures::questionMeasure(category).name,
                          kQuestionsCategory + static_cast<int>(category));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("pharmacyChartProblemLabel"));
    m_problem->setWordWrap(true);
    m_chart = new charts::ChartView(this);
    m_chart->setObjectName(QStringLiteral("pharmacyChartView"));
    m_areas = new QTableWidget(this);
    m_areas->setObjectName(QStringLiteral("complianceByAreaTable"));
    m_areas->verticalHeader()->hide();
    m_areas->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_areas->setSelectionMode(QAbstractItemView::NoSelection);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Measure"), this));
    top->addWidget(m_series, 1);
    auto* chartSide = new QWidget(this);
    auto* chartLayout = new QVBoxLayout(chartSide);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addLayout(top);
    chartLayout->addWidget(m_problem);
    chartLayout->addWidget(m_chart, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(chartSide);
    splitter->addWidget(m_areas);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 2);
    m_areas->setMinimumHeight(120);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    connect(m_series, &QComboBox::currentIndexChanged, this, &PharmacyChartsPage::showChart);
}

void PharmacyChartsPage::load(services::Workspace& workspace, BotilbudId botilbud) {
    auto visits = workspace.qaVisits().visits(botilbud);
    auto checklists = workspace.pharmacy().checklists(botilbud);
    auto questions = workspace.pharmacy().questions(botilbud);
    auto programme = workspace.programme().programme(botilbud);
    if (!visits || !checklists || !questions) {
        const Error& error = !visits ? visits.error() : !checklists ? checklists.error() : questions.error();
        m_dialogs.warning(this, tr("Figures"),
                          tr("The pharmacy's figures could not be read: %1").arg(error.display()));
        return;
    }
    m_visits = *visits;
    m_checklists = *checklists;
    m_questions = *questions;
    m_programmeStart = programme && *programme ? (*programme)->startDate : QDate();
    fillAreaTable();
    showChart();
}

void PharmacyChartsPage::showChart() {
    const int choice = m_series->currentData().toInt();
    Measure measure;
    services::MeasureSeries series;
    const bool compliance = choice < kQuestionsAll;
    if (compliance) {
        const std::optional<QaArea> area =
            choice >= kComplianceArea ? std::optional<QaArea>(static_cast<QaArea>(choice - kComplianceArea))
                                      : std::nullopt;
        measure = PharmacyFigures::complianceMeasure(area);
        series = PharmacyFigures::complianceSeries(m_visits, m_checklists, area);
    } else {
        const std::optional<QuestionCategory> category =
            choice >= kQuestionsCategory
                ? std::optional<QuestionCategory>(static_cast<QuestionCategory>(choice - kQuestionsCategory))
                : std::nullopt;
        measure = PharmacyFigures::questionMeasure(category);
        // From the programme's start (or the first question) to the last complete month.
        QDate first = m_programmeStart;
        for (const PharmacyQuestion& q : m_questions)
            if (!first.isValid() || q.askedOn < first) first = q.askedOn;
        const QDate lastComplete = QDate(m_today.year(), m_today.month(), 1).addMonths(-1);
        series = PharmacyFigures::questionSeries(m_questions, first, lastComplete, category);
    }
    auto spec = charts::MeasureChartRecipe::runChartOf(measure, series, {}, {});
    if (!spec) {
        m_problem->setText(compliance ? tr("The chart appears when two visits have answered items.")
                                      : spec.error().display());
        m_problem->show();
        m_chart->hide();
        return;
    }
    if (compliance) {
        spec->timeAxis = charts::TimeAxisKind::Events; // one point per visit, dated by the day
    } else {
        charts::ChartMarkers::add(*spec, VisitMarkers::of(m_visits, m_checklists));
    }
    m_problem->hide();
    m_chart->setSpec(*spec);
    m_chart->show();
}

void PharmacyChartsPage::fillAreaTable() {
    const QList<QaArea> areas = allValues<QaArea>();
    m_areas->clear();
    m_areas->setColumnCount(int(areas.size()) + 2);
    QStringList headers{tr("Visit"), tr("All areas")};
    for (QaArea area : areas)
        headers << PharmacyLabels::label(area);
    m_areas->setHorizontalHeaderLabels(headers);
    m_areas->setRowCount(int(m_visits.size()));
    int row = 0;
    for (auto it = m_visits.crbegin(); it != m_visits.crend(); ++it, ++row) { // newest first
        const QaChecklist* checklist = PharmacyFigures::checklistFor(*it, m_checklists);
        m_areas->setItem(row, 0, new QTableWidgetItem(PharmacyForms::shortDate(it->visitDate)));
        if (!checklist) continue;
        const auto cell = [](const services::ComplianceCount& count) {
            auto* item = new QTableWidgetItem(count.share() ? PharmacyForms::percent(*count.share())
                                                            : QStringLiteral("–"));
            item->setTextAlignment(Qt::AlignCenter);
            item->setToolTip(tr("%1 of %2 items that applied").arg(count.compliant).arg(count.applicable()));
            if (count.notCompliant > 0) item->setForeground(QColor(0x9b, 0x1c, 0x1c));
            return item;
        };
        m_areas->setItem(row, 1, cell(PharmacyFigures::compliance(*it, *checklist)));
        for (int a = 0; a < areas.size(); ++a)
            m_areas->setItem(row, a + 2, cell(PharmacyFigures::compliance(*it, *checklist, areas[a])));
    }
    m_areas->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

} // namespace medsafe::app
