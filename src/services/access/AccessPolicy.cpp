#include "services/access/AccessPolicy.h"

#include "storage/Database.h"

namespace medsafe::services {

namespace {

using domain::PersonRole;
using domain::PersonRoles;

PersonRoles workingGroup() {
    return PersonRoles(PersonRole::Tovholder) | PersonRole::WorkingGroupMember;
}

// The roles that may do each action.
PersonRoles rolesFor(AccessAction action) {
    switch (action) {
    case AccessAction::RegisterIncident:
        return workingGroup() | PersonRole::Staff | PersonRole::Leader;
    case AccessAction::FollowUpIncident:
    case AccessAction::EnterMeasurements:
    case AccessAction::EditPdsa:
    case AccessAction::EditImprovement:
    case AccessAction::EditCompetence:
    case AccessAction::DraftMonthlyReport:
        return workingGroup();
    case AccessAction::EditProgramme:
    case AccessAction::ManagePeople:
    case AccessAction::ManageAccounts:
    case AccessAction::ImportIncidents:
        return PersonRole::Tovholder;
    case AccessAction::ApproveMonthlyReport:
        return PersonRole::Leader;
    case AccessAction::ExchangePackages:
        return PersonRoles(PersonRole::Tovholder) | PersonRole::Leader;
    case AccessAction::ReceivePackages:
    case AccessAction::WriteFeedback:
        return PersonRole::PsConsultant;
    case AccessAction::CreateBotilbud:
        return {};
    }
    return {};
}

// The consultant follows many botilbud: these actions are not tied to one's own.
bool anyBotilbud(AccessAction action) {
    return action == AccessAction::ReceivePackages || action == AccessAction::WriteFeedback;
}

} // namespace

QString AccessPolicy::whoMay(AccessAction action) {
    switch (action) {
    case AccessAction::RegisterIncident:
        return tr("the botilbud's staff");
    case AccessAction::FollowUpIncident:
    case AccessAction::EnterMeasurements:
    case AccessAction::EditPdsa:
    case AccessAction::EditImprovement:
    case AccessAction::EditCompetence:
    case AccessAction::DraftMonthlyReport:
        return tr("the tovholder and the working group");
    case AccessAction::EditProgramme:
    case AccessAction::ManagePeople:
    case AccessAction::ManageAccounts:
    case AccessAction::ImportIncidents:
        return tr("the tovholder");
    case AccessAction::ApproveMonthlyReport:
        return tr("the leader");
    case AccessAction::ExchangePackages:
        return tr("the tovholder and the leader");
    case AccessAction::ReceivePackages:
    case AccessAction::WriteFeedback:
        return tr("the PS! consultant");
    case AccessAction::CreateBotilbud:
        return tr("the database's administrator");
    }
    return {};
}

AccessPolicy::Decision AccessPolicy::decide(const storage::SessionIdentity& who, AccessAction action,
                                            domain::BotilbudId botilbud) {
    if (!who.signedIn) return {};
    if (!(who.roles & rolesFor(action)))
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
