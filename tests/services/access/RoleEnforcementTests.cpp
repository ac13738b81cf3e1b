// The roles gate every write below the GUI (issue 14, item 3): each role signed in tries each
// kind of change through the real services; what the role may not do is refused with the
// reason and leaves the database as it was (not one audit entry more). Both engines.
#include "../measures/MeasureFixture.h"
#include "services/consultant/ConsultantOverviewService.h"
#include "services/incidents/IncidentService.h"
#include "services/measures/MeasurementGridService.h"
#include "services/organisation/OrganisationService.h"
#include "services/pdsa/PdsaService.h"
#include "services/programme/ProgrammeService.h"
#include "services/report/MonthlyReportService.h"
#include "storage/AuditRepository.h"
#include "storage/PersonRepository.h"

#include <catch2/catch.hpp>
#include <functional>

using namespace medsafe;
using namespace medsafe::services;
using domain::PersonRole;

namespace {

qint64 auditEntries(storage::Database& db) {
    auto verdict = storage::AuditRepository(db).verifyChain();
    REQUIRE(verdict.ok());
    return verdict->entries;
}

struct Attempt {
    const char* what;
    const char* roles; // who may: S staff, W working group, T tovholder, L leader, C consultant
    std::function<Status(int round)> run;
};

Status statusOf(const auto& result) {
    if (result.ok()) return success();
    return result.error();
}

} // namespace

TEST_CASE("Each role's writes through the services: allowed ones stored, the rest refused and not written",
          "[access][roles]") {
    test::MeasureFixture f;
    storage::Database& db = *f.db;
    const auto home = f.home;

    // Data the attempts change.
    domain::Incident reported;
    reported.botilbudId = home;
    reported.occurredDate = QDate(2024, 5, 2);
    reported.description = QStringLiteral("Tablet fundet på gulvet");
    auto incident = IncidentService(db).save(reported);
    REQUIRE(incident.ok());

    const std::vector<Attempt> attempts{
        {"register an incident", "SWTL",
         [&](int round) {
             domain::Incident incident = reported;
             incident.occurredDate = QDate(2024, 6, 1).addDays(round);
             return statusOf(IncidentService(db).save(incident));
         }},
        {"follow up an incident", "WT",
         [&](int round) {
             domain::Incident changed = *IncidentService(db).current(incident->id);
             changed.learning = QStringLiteral("Læring %1").arg(round);
             return statusOf(IncidentService(db).save(changed));
         }},
        {"enter a measurement", "WT",
         [&](int round) {
             domain::MeasurementChanges changes;
             domain::Measurement value;
             value.measureId = f.proportion.id;
             value.period = QDate(2024, 5, 1).addMonths(round);
             value.numerator = 8;
             value.denominator = 10;
             changes.added << value;
             return MeasurementGridService(db).save(changes);
         }},
        {"add a PDSA cycle", "WT",
         [&](int round) {
             domain::PdsaCycle cycle;
             cycle.botilbudId = home;
             cycle.number = 100 + round;
             cycle.title = QStringLiteral("Afprøvning %1").arg(round);
             return statusOf(PdsaService(db).save(cycle));
         }},
        {"add a person", "T",
         [&](int round) {
             domain::Person person;
             person.botilbudId = home;
             person.name = QStringLiteral("Ny medarbejder %1").arg(round);
             person.roles = PersonRole::Staff;
             return statusOf(OrganisationService(db).savePerson(person));
         }},
        {"add a programme event", "T",
         [&](int round) {
             domain::ProgrammeEvent event;
             event.botilbudId = home;
             event.kind = domain::EventKind::Other;
             event.date = QDate(2024, 9, 1).addDays(round);
             event.title = QStringLiteral("Møde %1").arg(round);
             return statusOf(ProgrammeService(db).saveEvent(event));
         }},
        {"draft the monthly report", "WT",
         [&](int round) {
             domain::MonthlyReport report;
             report.botilbudId = home;
             report.month = QDate(2024, 1, 1).addMonths(round);
             report.wentWell = QStringLiteral("Godt");
             return statusOf(MonthlyReportService(db).save(report));
         }},
        {"approve and send the monthly report", "L",
         [&](int round) {
             domain::MonthlyReport report;
             report.botilbudId = home;
             report.month = QDate(2025, 1, 1).addMonths(round);
             report.status = domain::ReportStatus::Sent;
             report.sentDate = QDate(2025, 2, 1).addMonths(round);
             return statusOf(MonthlyReportService(db).save(report));
         }},
        {"write PS!'s feedback", "C",
         [&](int round) {
             domain::MonthlyReport report;
             report.botilbudId = home;
             report.month = QDate(2023, 1, 1).addMonths(round);
             report.status = domain::ReportStatus::FeedbackReceived;
             report.sentDate = QDate(2023, 2, 1).addMonths(round);
             report.feedbackDate = report.sentDate;
             report.consultantFeedback = QStringLiteral("Flot arbejde");
             return statusOf(ConsultantOverviewService(db).store(report));
         }},
    };

    const std::vector<std::pair<char, PersonRole>> roles{
        {'S', PersonRole::Staff},  {'W', PersonRole::WorkingGroupMember}, {'T', PersonRole::Tovholder},
        {'L', PersonRole::Leader}, {'C', PersonRole::PsConsultant},       {'P', PersonRole::PharmacyContact},
    };
    int round = 0;
    for (const auto& [letter, role] : roles) {
        domain::Person person;
        person.botilbudId = home;
        person.name = QStringLiteral("Rolle %1").arg(QLatin1Char(letter));
        person.roles = role;
        auto id = storage::PersonRepository(db).add(person);
        REQUIRE(id.ok());
        storage::SessionIdentity who;
        who.signedIn = true;
        who.person = *id;
        who.botilbud = home;
        who.roles = role;
        who.login = QStringLiteral("rolle-%1").arg(QLatin1Char(letter)).toLower();
        who.name = person.name;
        db.setSession(who);

        for (const Attempt& attempt : attempts) {
            ++round;
            const bool may = QString::fromLatin1(attempt.roles).contains(QLatin1Char(letter));
            const qint64 before = auditEntries(db);
            const Status status = attempt.run(round);
            INFO("role " << letter << " tries to " << attempt.what << ": "
                         << (status.ok() ? std::string("stored") : status.error().message.toStdString()));
            if (may) {
                CHECK(status.ok());
                CHECK(auditEntries(db) > before);
            } else {
                REQUIRE_FALSE(status.ok());
                CHECK(status.error().forbidden);
                CHECK_FALSE(status.error().userMessage.isEmpty());
                CHECK(auditEntries(db) == before);
            }
        }
        db.setSession({});
    }
}
