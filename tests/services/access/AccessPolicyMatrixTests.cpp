// Every role × every action, allowed and refused, written out as the programme describes the
// roles (issue 14, item 3) — independently of AccessPolicy's own table, so a changed rule
// shows here.
#include "services/access/AccessPolicy.h"

#include <catch2/catch.hpp>
#include <map>

using namespace medsafe;
using namespace medsafe::services;
using domain::PersonRole;

namespace {

storage::SessionIdentity signedIn(domain::PersonRoles roles) {
    storage::SessionIdentity who;
    who.signedIn = true;
    who.person = domain::PersonId{7};
    who.botilbud = domain::BotilbudId{1};
    who.roles = roles;
    who.login = QStringLiteral("someone");
    who.name = QStringLiteral("Nogen");
    return who;
}

// S staff, W working group, T tovholder, L leader, C PS! consultant, P pharmacy contact.
const std::map<AccessAction, const char*> kMayDo{
    {AccessAction::RegisterIncident, "SWTL"}, {AccessAction::FollowUpIncident, "WT"},
    {AccessAction::EnterMeasurements, "WT"},  {AccessAction::EditPdsa, "WT"},
    {AccessAction::EditImprovement, "WT"},    {AccessAction::EditCompetence, "WT"},
    {AccessAction::EditProgramme, "T"},       {AccessAction::ManagePeople, "T"},
    {AccessAction::ManageAccounts, "T"},      {AccessAction::ImportIncidents, "T"},
    {AccessAction::DraftMonthlyReport, "WT"}, {AccessAction::ApproveMonthlyReport, "L"},
    {AccessAction::ExchangePackages, "TL"},   {AccessAction::ReceivePackages, "C"},
    {AccessAction::WriteFeedback, "C"},       {AccessAction::CreateBotilbud, ""},
    {AccessAction::EditPharmacyWork, "WTP"},  {AccessAction::LogPharmacyQuestion, "SWTLP"},
    {AccessAction::EditStartupWork, "WTL"},   {AccessAction::ExchangeChangePackages, "WTL"},
    {AccessAction::EditSpreadPlan, "C"},
};

const std::map<char, PersonRole> kRoleLetters{
    {'S', PersonRole::Staff},  {'W', PersonRole::WorkingGroupMember}, {'T', PersonRole::Tovholder},
    {'L', PersonRole::Leader}, {'C', PersonRole::PsConsultant},       {'P', PersonRole::PharmacyContact},
};

} // namespace

TEST_CASE("Every role may do exactly what the programme gives it, on its own botilbud", "[access][matrix]") {
    REQUIRE(kMayDo.size() == kAllAccessActions.size());
    for (AccessAction action : kAllAccessActions) {
        const QString allowedLetters = QString::fromLatin1(kMayDo.at(action));
        for (const auto& [letter, role] : kRoleLetters) {
            const auto decision = AccessPolicy::decide(signedIn(role), action, domain::BotilbudId{1});
            INFO("action " << static_cast<int>(action) << ", role " << letter);
            CHECK(decision.allowed == allowedLetters.contains(QLatin1Char(letter)));
            if (!decision.allowed) {
                CHECK_FALSE(decision.reason.isEmpty());
                CHECK(decision.reason.contains(AccessPolicy::whoMay(action)));
            }
        }
    }
}

TEST_CASE("Only the consultant acts on another botilbud", "[access][matrix]") {
    for (AccessAction action : kAllAccessActions) {
        for (const auto& [letter, role] : kRoleLetters) {
            const auto own = AccessPolicy::decide(signedIn(role), action, domain::BotilbudId{1});
            const auto other = AccessPolicy::decide(signedIn(role), action, domain::BotilbudId{2});
            INFO("action " << static_cast<int>(action) << ", role " << letter);
            if (letter == 'C')
                CHECK(other.allowed == own.allowed);
            else
                CHECK_FALSE(other.allowed);
        }
    }
}

TEST_CASE("Several roles add up; nobody signed in (the database's owner) may do everything",
          "[access][matrix]") {
    const auto both = signedIn(domain::PersonRoles(PersonRole::Staff) | PersonRole::Leader);
    CHECK(AccessPolicy::decide(both, AccessAction::RegisterIncident).allowed);
    CHECK(AccessPolicy::decide(both, AccessAction::ApproveMonthlyReport).allowed);
    CHECK_FALSE(AccessPolicy::decide(both, AccessAction::EditPdsa).allowed);
    for (AccessAction action : kAllAccessActions)
        CHECK(AccessPolicy::decide(storage::SessionIdentity{}, action, domain::BotilbudId{9}).allowed);
}
