#include "domain/startup/StartupLabels.h"

namespace medsafe::domain {

QString StartupLabels::label(AnalysisKind value) {
    switch (value) {
    case AnalysisKind::Before:
        return tr("Before");
    case AnalysisKind::After:
        return tr("After");
    }
    return {};
}

QString StartupLabels::label(RiskLevel value) {
    switch (value) {
    case RiskLevel::NotAssessed:
        return tr("not assessed");
    case RiskLevel::Low:
        return tr("low");
    case RiskLevel::Medium:
        return tr("medium");
    case RiskLevel::High:
        return tr("high");
    }
    return {};
}

QString StartupLabels::label(GuidelineStatus value) {
    switch (value) {
    case GuidelineStatus::Current:
        return tr("current");
    case GuidelineStatus::NeedsRevision:
        return tr("needs revision");
    case GuidelineStatus::UnderRevision:
        return tr("under revision");
    case GuidelineStatus::Retired:
        return tr("retired");
    }
    return {};
}

QString StartupLabels::stepLabel(ProcessStage stage) {
    switch (stage) {
    case ProcessStage::Ordination:
        return tr("Prescribing");
    case ProcessStage::Prescription:
        return tr("Ordering");
    case ProcessStage::Receipt:
        return tr("Receipt");
    case ProcessStage::Storage:
        return tr("Storage");
    case ProcessStage::Dispensing:
        return tr("Dispensing");
    case ProcessStage::Administration:
        return tr("Administration");
    case ProcessStage::Documentation:
        return tr("Documentation");
    case ProcessStage::Observation:
        return tr("Follow-up");
    default:
        return Taxonomy::label(stage);
    }
}

QStringList StartupLabels::commonDelegatedRights() {
    return {tr("Dispensing"),
            tr("Administration of medicine"),
            tr("PRN medicine"),
            tr("Insulin / injection"),
            tr("Tube feeding / medicine by tube"),
            tr("Eye drops"),
            tr("Inhalation"),
            tr("Patches"),
            tr("Suppositories / rectal medicine"),
            tr("Blood glucose measurement")};
}

} // namespace medsafe::domain
