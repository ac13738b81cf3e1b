#include "services/measures/MeasureService.h"

#include "domain/MeasureValidator.h"
#include "services/access/AccessPolicy.h"
#include "storage/MeasureRepository.h"

namespace medsafe::services {

Result<QList<domain::Measure>> MeasureService::measures(domain::BotilbudId botilbud, bool activeOnly) const {
    return storage::MeasureRepository(m_db).forBotilbud(botilbud, activeOnly);
}

domain::ValidationIssues MeasureService::check(const domain::Measure& measure) {
    return domain::MeasureValidator::validate(measure);
}

Status MeasureService::update(const domain::Measure& measure) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::EditImprovement, measure.botilbudId);
        !allowed)
        return allowed;
    if (const auto issues = check(measure); !issues.isEmpty())
        return domain::toError(QStringLiteral("measure"), issues);
    return storage::MeasureRepository(m_db).update(measure);
}

Status MeasureService::saveChartSettings(domain::MeasureId id, const domain::ChartSettings& settings) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::EditImprovement); !allowed) return allowed;
    return storage::MeasureRepository(m_db).saveChartSettings(id, settings);
}

} // namespace medsafe::services
