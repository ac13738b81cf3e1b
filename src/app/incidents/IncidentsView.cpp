#include "app/incidents/IncidentsView.h"

#include "app/DialogService.h"
#include "app/incidents/IncidentAnalysisPage.h"
#include "app/incidents/IncidentForm.h"
#include "app/incidents/IncidentImportDialog.h"
#include "app/incidents/IncidentListPage.h"
#include "app/incidents/SafetyCalendarPage.h"
#include "services/incidents/IncidentExport.h"
#include "services/incidents/IncidentImport.h"
#include "services/workspace/Workspace.h"

#include <QFile>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace medsafe::app {

using namespace medsafe::domain;

IncidentsView::IncidentsView(services::Workspace& workspace, DialogService& dialogs, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_dialogs(dialogs) {
    setObjectName(QStringLiteral("incidentsView"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("incidentTabWidget"));
    m_list = new IncidentListPage(this);
    m_form = new IncidentForm(m_workspace, dialogs, this);
    m_form->setObjectName(QStringLiteral("incidentForm"));
    m_calendar = new SafetyCalendarPage(this);
    m_analysis = new IncidentAnalysisPage(this);
    m_tabs->addTab(m_list, tr("List"));
    m_tabs->addTab(m_form, tr("Register"));
    m_tabs->addTab(m_calendar, tr("Safety calendar"));
    m_tabs->addTab(m_analysis, tr("Analysis"));

    auto* newButton = new QPushButton(tr("New incident"), m_list->buttonBar());
    newButton->setObjectName(QStringLiteral("newIncidentButton"));
    newButton->setToolTip(tr("Register a new incident (Ctrl+N)"));
    auto* importButton = new QPushButton(tr("Import CSV…"), m_list->buttonBar());
    importButton->setObjectName(QStringLiteral("importCsvButton"));
    auto* exportButton = new QPushButton(tr("Export CSV…"), m_list->buttonBar());
    exportButton->setObjectName(QStringLiteral("exportCsvButton"));
    for (QPushButton* b : {newButton, importButton, exportButton})
        m_list->buttonBar()->layout()->addWidget(b);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    auto* newShortcut = new QShortcut(QKeySequence::New, this);
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newShortcut, &QShortcut::activated, this, &IncidentsView::newIncident);
    connect(newButton, &QPushButton::clicked, this, &IncidentsView::newIncident);
    connect(importButton, &QPushButton::clicked, this, &IncidentsView::importCsv);
    connect(exportButton, &QPushButton::clicked, this, &IncidentsView::exportCsv);
    connect(m_list, &IncidentListPage::openRequested, this, &IncidentsView::openIncident);
    connect(m_form, &IncidentForm::saved, this, [this] {
        m_workspace.noteSaved();
        reload();
    });
    connect(m_form, &IncidentForm::removed, this, [this] {
        m_workspace.noteSaved();
        reload();
        m_tabs->setCurrentWidget(m_list);
    });
    connect(&m_workspace, &services::Workspace::currentBotilbudChanged, this, &IncidentsView::followWorkspace);
    connect(&m_workspace, &services::Workspace::databaseReplaced, this, &IncidentsView::followWorkspace);
    m_form->startNew(m_workspace.currentBotilbud());
    reload();
}

void IncidentsView::followWorkspace() {
    // Read at once, shown or not: the list, the calendar and the days-since board are one
    // snapshot the form's name guard also needs.
    m_form->startNew(m_workspace.currentBotilbud());
    reload();
}

void IncidentsView::reload() {
    const BotilbudId botilbud = m_workspace.currentBotilbud();
    QList<Incident> incidents;
    QList<Person> staff;
    std::optional<QDate> phase1End; // the baseline period that sets the CUSUM's expected share
    if (botilbud.isValid()) {
        if (auto read = m_workspace.incidents().incidents(botilbud)) incidents = *read;
        else m_dialogs.warning(this, tr("Incidents"), read.error().display());
        if (auto people = m_workspace.organisation().people(botilbud)) staff = *people;
        if (auto programme = m_workspace.programme().programme(botilbud); programme && *programme)
            for (const ProgrammePhase& phase : (*programme)->phases)
                if (phase.phase == Phase::PreparationAndStart) phase1End = phase.endDate;
    }
    m_list->setIncidents(incidents);
    m_form->setStaff(staff);
    m_calendar->setIncidents(incidents);
    m_analysis->setIncidents(incidents, QDate::currentDate(), phase1End);
}

void IncidentsView::newIncident() {
    if (hasUnsavedChanges()) {
        switch (m_dialogs.askToSave(this, tr("Unsaved changes"), tr("Save the incident you are editing first?"))) {
        case DialogService::SaveChoice::Save:
            if (!saveChanges()) return;
            break;
        case DialogService::SaveChoice::Discard: break;
        case DialogService::SaveChoice::Cancel: return;
        }
    }
    m_form->startNew(m_workspace.currentBotilbud());
    m_tabs->setCurrentWidget(m_form);
}

void IncidentsView::openIncident(const Incident& incident) {
    if (hasUnsavedChanges()) {
        switch (m_dialogs.askToSave(this, tr("Unsaved changes"), tr("Save the incident you are editing first?"))) {
        case DialogService::SaveChoice::Save:
            if (!saveChanges()) return;
            break;
        case DialogService::SaveChoice::Discard: break;
        case DialogService::SaveChoice::Cancel: return;
        }
    }
    m_form->edit(incident);
    m_tabs->setCurrentWidget(m_form);
}

void IncidentsView::importCsv() {
    const BotilbudId botilbud = m_workspace.currentBotilbud();
    if (!botilbud.isValid()) return;
    const QString path = m_dialogs.openFileName(this, tr("Import incidents"), tr("CSV files (*.csv *.txt)"));
    if (path.isEmpty()) return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_dialogs.warning(this, tr("Import incidents"), tr("The file cannot be read: %1").arg(file.errorString()));
        return;
    }
    auto preview = services::IncidentImport::parse(file.readAll(), botilbud);
    if (auto marked = m_workspace.incidents().markDuplicates(botilbud, preview); !marked) {
        m_dialogs.warning(this, tr("Import incidents"), marked.error().display());
        return;
    }
    IncidentImportDialog dialog(path, preview, this);
    if (dialog.exec() != QDialog::Accepted) return;
    const auto summary = m_workspace.incidents().importRows(botilbud, preview);
    if (!summary) {
        m_dialogs.warning(this, tr("Import incidents"), summary.error().display());
        return;
    }
    m_workspace.noteSaved();
    reload();
    m_dialogs.information(this, tr("Import incidents"),
                          tr("%n incidents imported.", nullptr, summary->imported) + u' ' +
                              tr("%n already registered and skipped.", nullptr, summary->skippedDuplicates));
}

void IncidentsView::exportCsv() {
    const BotilbudId botilbud = m_workspace.currentBotilbud();
    if (!botilbud.isValid()) return;
    auto home = m_workspace.organisation().botilbud(botilbud);
    if (!home) return;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' +
                              tr("incidents") + u'-' + home->name + QStringLiteral(".csv");
    const QString path = m_dialogs.saveFileName(this, tr("Export incidents"), suggested,
                                                tr("CSV for Excel (*.csv)"));
    if (path.isEmpty()) return;
    int rows = 0;
    const auto bytes = m_workspace.incidents().exportCsv(*home, services::CsvDialect::danishExcel(), &rows);
    QSaveFile file(path);
    if (!bytes || !file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        m_dialogs.warning(this, tr("Export incidents"),
                          bytes ? tr("The file cannot be written: %1").arg(file.errorString()) : bytes.error().display());
        return;
    }
    m_dialogs.information(this, tr("Export incidents"),
                          tr("%n incidents exported. The file says nothing about who reported them.", nullptr, rows));
}

bool IncidentsView::hasUnsavedChanges() const {
    return m_form->hasUnsavedChanges();
}

bool IncidentsView::saveChanges() {
    return m_form->saveChanges();
}

void IncidentsView::discardChanges() {
    m_form->discardChanges();
}

} // namespace medsafe::app
