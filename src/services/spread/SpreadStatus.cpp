#include "services/spread/SpreadStatus.h"

namespace medsafe::services {

using namespace medsafe::domain;

SpreadStatus SpreadStatusRule::of(const QList<PdsaCycle>& cycles) {
    bool testing = false;
    bool abandoned = false;
    for (const PdsaCycle& c : cycles) {
        if (c.decision == ActDecision::Adopt) return SpreadStatus::Adopted;
        const bool gaveUp = c.decision == ActDecision::Abandon || c.status == PdsaStatus::Abandoned;
        if (gaveUp)
            abandoned = true;
        else if (c.status == PdsaStatus::Doing || c.status == PdsaStatus::Studying ||
                 c.status == PdsaStatus::Completed)
            testing = true;
    }
    if (testing) return SpreadStatus::Testing;
    if (abandoned) return SpreadStatus::Abandoned;
    return SpreadStatus::NotStarted;
}

QString SpreadStatusRule::label(SpreadStatus status) {
    switch (status) {
    case SpreadStatus::Adopted:
        return tr("adopted");
    case SpreadStatus::Testing:
        return tr("being tested");
    case SpreadStatus::Abandoned:
        return tr("abandoned");
    case SpreadStatus::NotStarted:
        break;
    }
    return tr("not started");
}

QString SpreadStatusRule::symbol(SpreadStatus status) {
    switch (status) {
    case SpreadStatus::Adopted:
        return QStringLiteral("✔");
    case SpreadStatus::Testing:
        return QStringLiteral("◐");
    case SpreadStatus::Abandoned:
        return QStringLiteral("✕");
    case SpreadStatus::NotStarted:
        break;
    }
    return QStringLiteral("○");
}

} // namespace medsafe::services
