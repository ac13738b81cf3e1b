#pragma once

#include "domain/Ids.h"
#include "services/access/AccessPolicy.h"
#include "services/access/AccountService.h"
#include "services/audit/AuditTrailService.h"
#include "services/consultant/ConsultantOverviewService.h"
#include "services/improvement/ImprovementService.h"
#include "services/incidents/IncidentService.h"
#include "services/measures/DashboardService.h"
#include "services/measures/MeasureService.h"
#include "services/measures/MeasurementGridService.h"
#include "services/organisation/OrganisationService.h"
#include "services/packages/PackageExporter.h"
#include "services/packages/PackageImporter.h"
#include "services/packages/PackageTrust.h"
#include "services/pdsa/PdsaService.h"
#include "services/pharmacy/PharmacyService.h"
#include "services/pharmacy/QaVisitService.h"
#include "services/spread/ChangePackageService.h"
#include "services/spread/SpreadMatrixService.h"
#include "services/spread/SpreadPlanService.h"
#include "services/startup/DelegationService.h"
#include "services/startup/GuidelineService.h"
#include "services/startup/StartupChecklist.h"
#include "services/startup/WorkflowService.h"
#include "services/sustain/SustainService.h"
#include "services/programme/CompetenceService.h"
#include "services/programme/NextStepsService.h"
#include "services/programme/ProgrammeService.h"
#include "services/report/FinalEvaluationCollector.h"
#include "services/report/MonthlyReportService.h"
#include "services/report/ReportContentCollector.h"
#include "storage/ServerAddress.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <memory>
#include <optional>

namespace medsafe::storage {
class Database;
}

namespace medsafe::services {

// The session of one person at one database: owns the open database, knows which botilbud
// the views show, hands out the services (the only door to the data for the app and the CLI)
// and tells the views when something changed. Every view gets the Workspace instead of the
// main window, so views know nothing of the window and the window nothing of the views' data.
// The services it hands out are small values borrowing the database; take a fresh one for each
// use case, because the database can be replaced while the program runs.
// Lives on the GUI thread (the thread that opened the database).
class Workspace : public QObject {
    Q_OBJECT
public:
    explicit Workspace(std::unique_ptr<storage::Database> database, QObject* parent = nullptr);
    ~Workspace() override;

    // Where the open database lives, for the status bar and file names ("" in memory; for a
    // server database its address, user@host:port/dbname).
    QString databasePath() const;
    bool databaseIsServer() const;
    // The open server database's address, password included (held in memory only), for a
    // second connection such as a pull; nothing for a file.
    std::optional<storage::ServerAddress> serverAddress() const;
    // Closes the open database and continues on `database`; emits databaseReplaced().
    void replaceDatabase(std::unique_ptr<storage::Database> database);

    domain::BotilbudId currentBotilbud() const { return m_current; }
    // Emits currentBotilbudChanged(), also for the same id (the views then read it again).
    void setCurrentBotilbud(domain::BotilbudId id);

    OrganisationService organisation() const;
    ProgrammeService programme() const;
    NextStepsService nextSteps() const;
    CompetenceService competence() const;
    ImprovementService improvement() const;
    MeasureService measures() const;
    MeasurementGridService measurementGrid() const;
    PdsaService pdsa() const;
    IncidentService incidents() const;
    MonthlyReportService monthlyReports() const;
    DashboardService dashboard() const;
    ReportContentCollector reportContent() const;
    FinalEvaluationCollector finalEvaluation() const;
    ConsultantOverviewService consultantOverview() const;
    PackageExporter packageExporter() const;
    PackageImporter packageImporter() const;
    PackageTrust packageTrust() const;
    AccountService accounts() const;
    AuditTrailService auditTrail() const;
    PharmacyService pharmacy() const;
    QaVisitService qaVisits() const;
    // Spreading adopted changes (issue 16): change packages, the spread matrix, the spread plan.
    ChangePackageService changePackages() const;
    SpreadMatrixService spreadMatrix() const;
    SpreadPlanService spreadPlan() const;
    WorkflowService workflow() const;
    GuidelineService guidelines() const;
    DelegationService delegations() const;
    StartupChecklist startupChecklist() const;
    SustainService sustain() const;

    // Who is signed in (nobody: the database's owner, unrestricted), and whether they may do
    // `action` on `botilbud` (the current botilbud when not given), with the reason when not:
    // views disable what a person may not use and show the reason as its tooltip.
    const storage::SessionIdentity& session() const;
    AccessPolicy::Decision may(AccessAction action, domain::BotilbudId botilbud = {}) const;

    // The open database itself: for the window's tests and for services that outlive one call
    // (a deferred chart reader). Views reach data through the services above.
    storage::Database& database() const { return *m_database; }

    // Looks every `intervalMs` whether someone else changed the database (another PC on the
    // server, the CLI on a file) and emits changedElsewhere() when so.
    void watchForChanges(int intervalMs = kWatchIntervalMs);
    static constexpr int kWatchIntervalMs = 4000;

public slots:
    // A view wrote something: the window says so in the status bar.
    void noteSaved();
    // One look now (the timer's job; tests call it directly).
    void checkForChanges();
    // A view brought new botilbud into the database (imports): the selector reads them again.
    void noteBotilbudListChanged();
    // Someone signed in or out: views enable and disable their controls again.
    void noteSessionChanged();

signals:
    void currentBotilbudChanged(domain::BotilbudId id);
    void databaseReplaced();
    void saved();
    void botilbudListChanged();
    // Someone else committed a change since the last look; views may read again.
    void changedElsewhere();
    void sessionChanged();

private:
    // The data version as this workspace last saw it, so its own saves are not news.
    void rememberDataVersion();

    std::unique_ptr<storage::Database> m_database;
    domain::BotilbudId m_current;
    QTimer* m_watch = nullptr;
    qint64 m_seenDataVersion = -1;
};

} // namespace medsafe::services
