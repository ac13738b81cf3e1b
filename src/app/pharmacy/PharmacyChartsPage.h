#pragma once

#include "app/programme/ProgrammePage.h"
#include "domain/pharmacy/PharmacyQuestion.h"
#include "domain/pharmacy/QaChecklist.h"
#include "domain/pharmacy/QaVisit.h"

#include <QDate>
#include <QList>

class QComboBox;
class QLabel;
class QTableWidget;

namespace medsafe::charts {
class ChartView;
}

namespace medsafe::app {

class DialogService;

// Tal: the measures the pharmacy's work gives without typing anything twice — the share of
// checklist points complied with per visit (all areas or one) and the questions asked per
// month (all or one category) — drawn as run charts with the same machinery as the measures,
// the visits marked like PDSA cycles; beneath, compliance per area for every visit. GUI thread.
class PharmacyChartsPage : public ProgrammePage {
    Q_OBJECT
public:
    explicit PharmacyChartsPage(DialogService& dialogs, QWidget* parent = nullptr);

    void load(services::Workspace& workspace, domain::BotilbudId botilbud) override;
    void setToday(const QDate& today) { m_today = today; }
    QComboBox& seriesBox() const { return *m_series; }
    charts::ChartView& chartView() const { return *m_chart; }
    QTableWidget& areaTable() const { return *m_areas; }

private:
    void showChart();
    void fillAreaTable();

    DialogService& m_dialogs;
    QDate m_today = QDate::currentDate();
    QDate m_programmeStart;
    QList<domain::QaVisit> m_visits;
    QList<domain::QaChecklist> m_checklists;
    QList<domain::PharmacyQuestion> m_questions;

    QComboBox* m_series = nullptr;
    QLabel* m_problem = nullptr;
    charts::ChartView* m_chart = nullptr;
    QTableWidget* m_areas = nullptr;
};

} // namespace medsafe::app
