// "Start et nyt forløb" (issue 11, item 5): the guided set-up's checks and its one transaction.
#include "../../common/ScratchDatabase.h"
#include "services/improvement/ImprovementService.h"
#include "services/organisation/OrganisationService.h"
#include "services/organisation/ProgrammeSetup.h"
#include "services/programme/ProgrammeService.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

using namespace medsafe;
using namespace medsafe::services;

namespace {

std::unique_ptr<storage::Database> emptyDatabase() {
    auto db = testing::openScratchDatabase();
    REQUIRE(db.ok());
    return std::move(db).value();
}

ProgrammeSetup lærken() {
    ProgrammeSetup setup;
    setup.botilbudName = QStringLiteral("Bostedet Lærken");
    setup.municipality = QStringLiteral("Fjordby Kommune");
    setup.residents = 16;
    setup.programmeStart = QDate(2026, 11, 17);
    setup.tovholder = QStringLiteral("Karen Dahl");
    setup.leader = QStringLiteral("Jens Holm");
    setup.workingGroup = {QStringLiteral("Ida Lund"), QString(), QStringLiteral("  Ali Noor ")};
    setup.aim = QStringLiteral("Halvt så mange medicinfejl som i baseline ved forløbets slutning.");
    return setup;
}

bool hasField(const domain::ValidationIssues& issues, const QString& field) {
    return std::any_of(issues.begin(), issues.end(), [&](const auto& i) { return i.field == field; });
}

} // namespace

TEST_CASE("Programme set-up: the botilbud, its programme from the first of the month, the group and the aim",
          "[setup]") {
    auto db = emptyDatabase();
    const QDate today(2026, 12, 6);
    const ProgrammeSetupService service(*db);
    CHECK(service.check(lærken(), today).isEmpty());
    auto id = service.create(lærken(), today);
    REQUIRE(id.ok());

    auto home = OrganisationService(*db).botilbud(*id);
    REQUIRE(home.ok());
    CHECK(home->name == QStringLiteral("Bostedet Lærken"));
    CHECK(home->residentCount == 16);
    auto programme = ProgrammeService(*db).programme(*id);
    REQUIRE(programme.ok());
    REQUIRE(programme->has_value());
    CHECK((*programme)->startDate == QDate(2026, 11, 1));
    CHECK((*programme)->phases.size() == 4);
    CHECK(ProgrammeService(*db).checklist(*id)->size() == 5);

    auto people = OrganisationService(*db).people(*id);
    REQUIRE(people.ok());
    REQUIRE(people->size() == 4); // the empty line is no one; names are trimmed
    QStringList names;
    for (const auto& p : *people) {
        names << p.name;
        if (p.name == QStringLiteral("Karen Dahl")) {
            CHECK(p.roles.testFlag(domain::PersonRole::Tovholder));
            CHECK(p.roles.testFlag(domain::PersonRole::WorkingGroupMember));
        }
        if (p.name == QStringLiteral("Jens Holm")) CHECK(p.roles.testFlag(domain::PersonRole::Leader));
    }
    CHECK(names.contains(QStringLiteral("Ali Noor")));

    auto aims = ImprovementService(*db).aims(*id);
    REQUIRE(aims.ok());
    REQUIRE(aims->size() == 1);
    CHECK(aims->first().targetDate == QDate(2028, 10, 31));

    // The same name again is refused, and nothing more is written.
    const auto again = service.check(lærken(), today);
    CHECK(hasField(again, QStringLiteral("botilbudName")));
    CHECK_FALSE(service.create(lærken(), today).ok());
    CHECK(OrganisationService(*db).allBotilbud()->size() == 1);
}

TEST_CASE("Programme set-up: every missing or wrong field is named, and a refusal writes nothing", "[setup]") {
    auto db = emptyDatabase();
    const QDate today(2026, 12, 6);
    const ProgrammeSetupService service(*db);
    ProgrammeSetup empty;
    const auto issues = service.check(empty, today);
    for (const char* field : {"botilbudName", "residents", "programmeStart", "tovholder", "leader"})
        CHECK(hasField(issues, QString::fromLatin1(field)));

    ProgrammeSetup wrong = lærken();
    wrong.programmeStart = QDate(2020, 1, 1); // more than two years back
    wrong.aim = QStringLiteral("Borger 010203 1234 skal have færre fejl");
    wrong.workingGroup = QStringList(12, QStringLiteral("Navn"));
    const auto wrongIssues = service.check(wrong, today);
    CHECK(hasField(wrongIssues, QStringLiteral("programmeStart")));
    CHECK(hasField(wrongIssues, QStringLiteral("aim")));
    CHECK(hasField(wrongIssues, QStringLiteral("workingGroup")));
    CHECK_FALSE(service.create(wrong, today).ok());
    CHECK(OrganisationService(*db).allBotilbud()->isEmpty());
}

TEST_CASE("Programme set-up: a working group outside 3–5 is said, not refused", "[setup]") {
    ProgrammeSetup setup = lærken();
    CHECK(ProgrammeSetupService::workingGroupNote(setup).isEmpty()); // tovholder + 2
    setup.workingGroup.clear();
    CHECK_FALSE(ProgrammeSetupService::workingGroupNote(setup).isEmpty());
    setup.workingGroup = QStringList(6, QStringLiteral("Navn"));
    CHECK_FALSE(ProgrammeSetupService::workingGroupNote(setup).isEmpty());
    auto db = emptyDatabase();
    CHECK(ProgrammeSetupService(*db).check(setup, QDate(2026, 12, 6)).isEmpty());
}
