#include "services/access/AccessPolicy.h"

#include "storage/Database.h"

#include <array>

namespace medsafe::services {

namespace {

using domain::PersonRole;
using domain::PersonRoles;

PersonRoles workingGroup() {
    return PersonRoles(PersonRole::Tovholder) | PersonRole::WorkingGroupMember;
}

// The one table: who may do each action, and how a refusal names them.
struct Rule {
    AccessAction action;
    PersonRoles roles;
    const char* whoMay; // translated in AccessPolicy's context
};

const std::array<Rule, kAllAccessActions.size()>& rules() {
    const PersonRoles group = workingGroup();
    static const std::array<Rule, kAllAccessActions.size()> kRules{{
        {AccessAction::RegisterIncident, group | PersonRole::Staff | PersonRole::Leader,
         QT_TRANSLATE_NOOP("AccessPolicy", "the botilbud's staff")},
        {AccessAction::FollowUpIncident, group,
         QT_TRANSLATE_NOOP("AccessPolicy", "the tovholder and the working group")},
        {AccessAction::EnterMeasurements, group,
         QT_TRANSLATE_NOOP("AccessPolicy", "the tovholder and the working group")},
        {AccessAction::EditPdsa, group,
         QT_TRANSLATE_NOOP("AccessPolicy", "the tovholder and the working group")},
        {AccessAction::EditImprovement, group,
         QT_TRANSLATE_NOOP("AccessPolicy", "the tovholder and the working group")},
        {AccessAction::EditCompetence, group,
         QT_TRANSLATE_NOOP("AccessPolicy", "the tovholder and the working group")},
        {AccessAction::EditProgramme, PersonRole::Tovholder,
         QT_TRANSLATE_NOOP("AccessPolicy", "the tovholder")},
        {AccessAction::ManagePeople, PersonRole::Tovholder,
         QT_TRANSLATE_NOOP("AccessPolicy", "the tovholder")},
        {AccessAction::ManageAccounts, PersonRole::Tovholder,
         QT_TRANSLATE_NOOP("AccessPolicy", "the tovholder")},
        {AccessAction::ImportIncidents, PersonRole::Tovholder,
         QT_TRANSLATE_NOOP("AccessPolicy", "the tovholder")},
        {AccessAction::DraftMonthlyReport, group,
         QT_TRANSLATE_NOOP("AccessPolicy", "the tovholder and the working group")},
        {AccessAction::ApproveMonthlyReport, PersonRole::Leader,
         QT_TRANSLATE_NOOP("AccessPolicy", "the leader")},
        {AccessAction::ExchangePackages, PersonRoles(PersonRole::Tovholder) | PersonRole::Leader,
         QT_TRANSLATE_NOOP("AccessPolicy", "the tovholder and the leader")},
        {AccessAction::ReceivePackages, PersonRole::PsConsultant,
         QT_TRANSLATE_NOOP("AccessPolicy", "the PS! consultant")},
        {AccessAction::WriteFeedback, PersonRole::PsConsultant,
         QT_TRANSLATE_NOOP("AccessPolicy", "the PS! consultant")},
        {AccessAction::CreateBotilbud, {}, QT_TRANSLATE_NOOP("AccessPolicy", "the database's administrator")},
        {AccessAction::EditPharmacyWork, group | PersonRole::PharmacyContact,
         QT_TRANSLATE_NOOP("AccessPolicy", "the tovholder, the working group and the pharmacy's contact")},
        {AccessAction::LogPharmacyQuestion, group | PersonRole::Staff | PersonRole::Leader | PersonRole::PharmacyContact,
         QT_TRANSLATE_NOOP("AccessPolicy", "the botilbud's staff and the pharmacy's contact")},
        {AccessAction::EditStartupWork, group | PersonRole::Leader,
         QT_TRANSLATE_NOOP("AccessPolicy", "the tovholder, the working group and the leader")},
        {AccessAction::ExchangeChangePackages, group | PersonRole::Leader,
         QT_TRANSLATE_NOOP("AccessPolicy", "the tovholder, the working group and the leader")},
        {AccessAction::EditSpreadPlan, PersonRole::PsConsultant,
         QT_TRANSLATE_NOOP("AccessPolicy", "the PS! consultant")},
    }};
    return kRules;
}

const Rule& ruleFor(AccessAction action) {
    for (const Rule& rule : rules()) {
        if (rule.action == action) return rule;
    }
    Q_UNREACHABLE();
}

// The consultant follows many botilbud: these actions are not tied to one's own.
bool anyBotilbud(AccessAction action) {
    return action == AccessAction::ReceivePackages || action == AccessAction::WriteFeedback ||
           action == AccessAction::EditSpreadPlan;
}

} // namespace

QString AccessPolicy::whoMay(AccessAction action) {
    return tr(ruleFor(action).whoMay);
}

AccessPolicy::Decision AccessPolicy::decide(const storage::SessionIdentity& who, AccessAction action,
                                            domain::BotilbudId botilbud) {
    if (!who.signedIn) return {};
    if (!(who.roles & ruleFor(action).roles))
        return {false, tr("Only %1 may do this. You are signed in as %2.").arg(whoMay(action), who.name)};
    if (botilbud.isValid() && botilbud != who.botilbud && !anyBotilbud(action))
        return {false, tr("You may change only your own botilbud's data.")};
    return {};
}

Status AccessPolicy::require(const storage::Database& db, AccessAction action, domain::BotilbudId botilbud) {
    const Decision decision = decide(db.session(), action, botilbud);
    if (decision.allowed) return success();
    return Error::refused(QStringLiteral("%1 may not do action %2 on botilbud %3")
                              .arg(db.session().login)
                              .arg(static_cast<int>(action))
                              .arg(botilbud.value),
                          decision.reason);
}

} // namespace medsafe::services
