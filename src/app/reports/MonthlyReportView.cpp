#include "app/reports/MonthlyReportView.h"

#include "app/reports/ConsultantPage.h"
#include "app/reports/ReportComposerPage.h"
#include "services/workspace/Workspace.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace medsafe::app {

MonthlyReportView::MonthlyReportView(services::Workspace& workspace, DialogService& dialogs, QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("monthlyReportView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reportTabWidget"));
    m_tabs->setDocumentMode(true);
    m_composer = new ReportComposerPage(workspace, dialogs, m_tabs);
    m_consultant = new ConsultantPage(workspace, dialogs, m_tabs);
    m_tabs->addTab(m_composer, tr("Report for the month"));
    m_tabs->addTab(m_consultant, tr("Consultant's overview"));
    m_tabs->setTabToolTip(0, tr("The tovholder writes the month's report to PS!"));
    m_tabs->setTabToolTip(1, tr("The PS! consultant reads the reports of many botilbud side by side"));
    layout->addWidget(m_tabs);

    connect(&workspace, &services::Workspace::currentBotilbudChanged, m_composer, &ReportComposerPage::invalidate);
    connect(&workspace, &services::Workspace::databaseReplaced, m_composer, &ReportComposerPage::invalidate);
    connect(&workspace, &services::Workspace::databaseReplaced, m_consultant, &ConsultantPage::invalidate);
    // A report saved or sent on the first tab changes the consultant's grid.
    connect(&workspace, &services::Workspace::currentBotilbudChanged, m_consultant, &ConsultantPage::invalidate);
    // Without a botilbud of its own (a consultant's database: the list of botilbud is read and
    // none is chosen) the consultant's tab is the one to see.
    connect(&workspace, &services::Workspace::currentBotilbudChanged, this, [this](domain::BotilbudId id) {
        if (!id.isValid()) m_tabs->setCurrentWidget(m_consultant);
    });
}

bool MonthlyReportView::hasUnsavedChanges() const {
    return m_composer->hasUnsavedChanges() || m_consultant->hasUnsavedChanges();
}

bool MonthlyReportView::saveChanges() {
    return (!m_composer->hasUnsavedChanges() || m_composer->saveChanges()) &&
           (!m_consultant->hasUnsavedChanges() || m_consultant->saveChanges());
}

void MonthlyReportView::discardChanges() {
    m_composer->discardChanges();
    m_consultant->discardChanges();
}

} // namespace medsafe::app
