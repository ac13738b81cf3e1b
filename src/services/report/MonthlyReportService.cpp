#include "services/report/MonthlyReportService.h"

#include "domain/MonthlyReportValidator.h"
#include "services/access/AccessPolicy.h"
#include "storage/MonthlyReportRepository.h"

namespace medsafe::services {

Result<QList<domain::MonthlyReport>> MonthlyReportService::reports(domain::BotilbudId botilbud) const {
    return storage::MonthlyReportRepository(m_db).forBotilbud(botilbud);
}

Result<std::optional<domain::MonthlyReport>> MonthlyReportService::forMonth(domain::BotilbudId botilbud,
                                                                            const QDate& month) const {
    return storage::MonthlyReportRepository(m_db).forMonth(botilbud, month);
}

domain::ValidationIssues MonthlyReportService::check(const domain::MonthlyReport& report) {
    return domain::MonthlyReportValidator::validate(report);
}

Result<domain::MonthlyReportId> MonthlyReportService::save(const domain::MonthlyReport& report) const {
    if (auto allowed = AccessPolicy::require(m_db,
                                             report.status == domain::ReportStatus::Draft
                                                 ? AccessAction::DraftMonthlyReport
                                                 : AccessAction::ApproveMonthlyReport,
                                             report.botilbudId);
        !allowed)
        return allowed.error();
    if (const auto issues = check(report); !issues.isEmpty())
        return domain::toError(QStringLiteral("monthly report"), issues);
    storage::MonthlyReportRepository repository(m_db);
    if (!report.id.isValid()) return repository.add(report);
    if (auto updated = repository.update(report); !updated) return updated.error();
    return report.id;
}

} // namespace medsafe::services
