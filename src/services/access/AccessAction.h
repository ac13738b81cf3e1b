#pragma once

#include <array>

namespace medsafe::services {

// Everything a person may or may not do that changes data. Reading is open to everyone signed
// in to a botilbud (and on a server limited to that botilbud by the database itself).
enum class AccessAction {
    RegisterIncident,     // every staff member (DPSD: also without their name)
    FollowUpIncident,     // learning, status, corrections, deletion: the working group
    EnterMeasurements,    // the monthly sheet: the working group
    EditPdsa,             // PDSA cycles: the working group
    EditImprovement,      // aim, drivers, change ideas, measure settings: the working group
    EditCompetence,       // survey answers and training: the working group
    EditProgramme,        // events, the start-up checklist: the tovholder
    ManagePeople,         // people and their roles: the tovholder
    ManageAccounts,       // accounts and password resets: the tovholder
    ImportIncidents,      // CSV import: the tovholder
    DraftMonthlyReport,   // writing the month's report: the working group
    ApproveMonthlyReport, // approving and sending it to PS!: the leader
    ExchangePackages,     // the data package to PS! and its feedback back: the tovholder and the leader
    ReceivePackages,      // importing received packages: the PS! consultant
    WriteFeedback,        // feedback on a received report: the PS! consultant
    CreateBotilbud,       // a new programme in the database: the database's owner
    EditPharmacyWork,     // the pharmacy agreement, checklist, visits and findings: the working group
                          // and the pharmacy's contact
    LogPharmacyQuestion,  // the question log: the staff and the pharmacy's contact
    EditStartupWork,      // the workflow analysis, guideline review and delegation register: the
                          // working group and the leader
    ExchangeChangePackages, // exporting and importing change packages: the working group and the leader
    EditSpreadPlan,       // the spread plan agreed with PS!: the PS! consultant
};

inline constexpr std::array kAllAccessActions{
    AccessAction::RegisterIncident, AccessAction::FollowUpIncident,   AccessAction::EnterMeasurements,
    AccessAction::EditPdsa,         AccessAction::EditImprovement,    AccessAction::EditCompetence,
    AccessAction::EditProgramme,    AccessAction::ManagePeople,       AccessAction::ManageAccounts,
    AccessAction::ImportIncidents,  AccessAction::DraftMonthlyReport, AccessAction::ApproveMonthlyReport,
    AccessAction::ExchangePackages, AccessAction::ReceivePackages,    AccessAction::WriteFeedback,
    AccessAction::CreateBotilbud,   AccessAction::EditPharmacyWork,   AccessAction::LogPharmacyQuestion,
    AccessAction::EditStartupWork,  AccessAction::ExchangeChangePackages, AccessAction::EditSpreadPlan,
};

} // namespace medsafe::services
