#include "services/workspace/Workspace.h"

#include "storage/Database.h"

namespace medsafe::services {

Workspace::Workspace(std::unique_ptr<storage::Database> database, QObject* parent)
    : QObject(parent), m_database(std::move(database)) {
    Q_ASSERT(m_database);
    rememberDataVersion();
}

void Workspace::watchForChanges(int intervalMs) {
    if (!m_watch) {
        m_watch = new QTimer(this);
        connect(m_watch, &QTimer::timeout, this, &Workspace::checkForChanges);
    }
    m_watch->start(intervalMs);
}

void Workspace::rememberDataVersion() {
    const auto version = m_database->dataVersion();
    m_seenDataVersion = version ? version.value() : -1;
}

void Workspace::checkForChanges() {
    const auto version = m_database->dataVersion();
    if (!version) return; // a server that went away: the next save says so
    if (m_seenDataVersion >= 0 && version.value() != m_seenDataVersion) {
        m_seenDataVersion = version.value();
        emit changedElsewhere();
        return;
    }
    m_seenDataVersion = version.value();
}

Workspace::~Workspace() = default;

QString Workspace::databasePath() const {
    return m_database->path();
}

bool Workspace::databaseIsServer() const {
    return m_database->isServer();
}

std::optional<storage::ServerAddress> Workspace::serverAddress() const {
    return m_database->server();
}

void Workspace::replaceDatabase(std::unique_ptr<storage::Database> database) {
    Q_ASSERT(database);
    m_database = std::move(database);
    m_current = {};
    rememberDataVersion();
    emit databaseReplaced();
}

void Workspace::setCurrentBotilbud(domain::BotilbudId id) {
    // Emitted even for the same id: after an import or a new database the views read again.
    m_current = id;
    emit currentBotilbudChanged(id);
}

OrganisationService Workspace::organisation() const {
    return OrganisationService(*m_database);
}
ProgrammeService Workspace::programme() const {
    return ProgrammeService(*m_database);
}
NextStepsService Workspace::nextSteps() const {
    return NextStepsService(*m_database);
}
CompetenceService Workspace::competence() const {
    return CompetenceService(*m_database);
}
ImprovementService Workspace::improvement() const {
    return ImprovementService(*m_database);
}
MeasureService Workspace::measures() const {
    return MeasureService(*m_database);
}
MeasurementGridService Workspace::measurementGrid() const {
    return MeasurementGridService(*m_database);
}
PdsaService Workspace::pdsa() const {
    return PdsaService(*m_database);
}
IncidentService Workspace::incidents() const {
    return IncidentService(*m_database);
}
MonthlyReportService Workspace::monthlyReports() const {
    return MonthlyReportService(*m_database);
}
DashboardService Workspace::dashboard() const {
    return DashboardService(*m_database);
}
ReportContentCollector Workspace::reportContent() const {
    return ReportContentCollector(*m_database);
}
FinalEvaluationCollector Workspace::finalEvaluation() const {
    return FinalEvaluationCollector(*m_database);
}
ConsultantOverviewService Workspace::consultantOverview() const {
    return ConsultantOverviewService(*m_database);
}
PackageExporter Workspace::packageExporter() const {
    return PackageExporter(*m_database);
}
AccountService Workspace::accounts() const {
    return AccountService(*m_database);
}
AuditTrailService Workspace::auditTrail() const {
    return AuditTrailService(*m_database);
}

PharmacyService Workspace::pharmacy() const {
    return PharmacyService(*m_database);
}

SustainService Workspace::sustain() const {
    return SustainService(*m_database);
}

QaVisitService Workspace::qaVisits() const {
    return QaVisitService(*m_database);
}

ChangePackageService Workspace::changePackages() const {
    return ChangePackageService(*m_database);
}

SpreadMatrixService Workspace::spreadMatrix() const {
    return SpreadMatrixService(*m_database);
}

SpreadPlanService Workspace::spreadPlan() const {
    return SpreadPlanService(*m_database);
}

WorkflowService Workspace::workflow() const {
    return WorkflowService(*m_database);
}

GuidelineService Workspace::guidelines() const {
    return GuidelineService(*m_database);
}

DelegationService Workspace::delegations() const {
    return DelegationService(*m_database);
}

StartupChecklist Workspace::startupChecklist() const {
    return StartupChecklist(*m_database);
}

const storage::SessionIdentity& Workspace::session() const {
    return m_database->session();
}

AccessPolicy::Decision Workspace::may(AccessAction action, domain::BotilbudId botilbud) const {
    return AccessPolicy::decide(m_database->session(), action, botilbud.isValid() ? botilbud : m_current);
}

void Workspace::noteSessionChanged() {
    emit sessionChanged();
}

PackageImporter Workspace::packageImporter() const {
    return PackageImporter(*m_database);
}
PackageTrust Workspace::packageTrust() const {
    return PackageTrust(*m_database);
}

void Workspace::noteSaved() {
    rememberDataVersion(); // on a server the own write raised the counter too
    emit saved();
}

void Workspace::noteBotilbudListChanged() {
    emit botilbudListChanged();
}

} // namespace medsafe::services
