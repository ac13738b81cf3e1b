// The history as people read it (issue 14, items 4 and 5): names instead of logins, only the
// fields that changed, one record's own history, and an incident's free text and reporter
// withheld from anyone outside its botilbud. Both engines.
#include "../measures/MeasureFixture.h"
#include "services/audit/AuditTrailService.h"
#include "services/audit/HistoryLabels.h"
#include "services/incidents/IncidentService.h"
#include "storage/AuditedTables.h"
#include "storage/PersonRepository.h"

#include <catch2/catch.hpp>

using namespace medsafe;
using namespace medsafe::services;

TEST_CASE("The history shows what changed, by whom, for one record or filtered by kind", "[audit][history]") {
    test::MeasureFixture f;
    storage::Database& db = *f.db;
    domain::Incident incident;
    incident.botilbudId = f.home;
    incident.occurredDate = QDate(2024, 4, 2);
    incident.description = QStringLiteral("Forkert tidspunkt");
    auto saved = IncidentService(db).save(incident);
    REQUIRE(saved.ok());
    domain::Incident changed = *saved;
    changed.learning = QStringLiteral("Ny huskeliste");
    REQUIRE(IncidentService(db).save(changed).ok());

    HistoryFilter filter;
    filter.table = QStringLiteral("incident");
    filter.rowKey = QString::number(saved->id.value);
    auto history = AuditTrailService(db).history(filter);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    const HistoryEntry& update = history->first();
    CHECK(update.action == QStringLiteral("update"));
    CHECK(update.kind == HistoryKind::Incidents);
    REQUIRE(update.changes.size() == 1); // the row version and time stamp are not changes
    CHECK(update.changes.first().field == QStringLiteral("learning"));
    CHECK(update.changes.first().after == QStringLiteral("Ny huskeliste"));
    CHECK_FALSE(update.redacted);
    CHECK(history->last().who ==
          HistoryLabels::actorName(QStringLiteral("anonym"))); // reported without a name

    HistoryFilter measures;
    measures.kinds = {HistoryKind::Improvement};
    auto improvement = AuditTrailService(db).history(measures);
    REQUIRE(improvement.ok());
    CHECK_FALSE(improvement->isEmpty());
    for (const HistoryEntry& entry : *improvement)
        CHECK(entry.kind == HistoryKind::Improvement);
}

TEST_CASE("Another botilbud's reader sees that an incident changed, never its text or reporter",
          "[audit][privacy]") {
    test::MeasureFixture f;
    storage::Database& db = *f.db;
    domain::Person reporter;
    reporter.botilbudId = f.home;
    reporter.name = QStringLiteral("Rikke Rapportør");
    reporter.roles = domain::PersonRole::Staff;
    auto reporterId = storage::PersonRepository(db).add(reporter);
    REQUIRE(reporterId.ok());
    domain::Incident incident;
    incident.botilbudId = f.home;
    incident.occurredDate = QDate(2024, 4, 2);
    incident.description = QStringLiteral("Fortrolig beskrivelse");
    incident.reporterId = *reporterId;
    auto saved = IncidentService(db).save(incident);
    REQUIRE(saved.ok());

    HistoryFilter filter;
    filter.kinds = {HistoryKind::Incidents};
    filter.table = QStringLiteral("incident");
    filter.rowKey = QString::number(saved->id.value);
    storage::SessionIdentity consultant;
    consultant.signedIn = true;
    consultant.botilbud = domain::BotilbudId{f.home.value + 1000};
    consultant.roles = domain::PersonRole::PsConsultant;
    consultant.login = QStringLiteral("konsulent");
    db.setSession(consultant);
    auto seen = AuditTrailService(db).history(filter);
    REQUIRE(seen.ok());
    REQUIRE(seen->size() == 1);
    CHECK(seen->first().redacted);
    for (const HistoryChange& change : seen->first().changes) {
        CHECK_FALSE(change.after.contains(QStringLiteral("Fortrolig")));
        if (change.field == QStringLiteral("reporter_id"))
            CHECK(change.after != QString::number(reporterId->value));
    }

    storage::SessionIdentity colleague = consultant;
    colleague.botilbud = f.home;
    colleague.roles = domain::PersonRole::Tovholder;
    db.setSession(colleague);
    auto own = AuditTrailService(db).history(filter);
    REQUIRE(own.ok());
    CHECK_FALSE(own->first().redacted);
    bool textShown = false;
    for (const HistoryChange& change : own->first().changes)
        textShown = textShown || change.after == QStringLiteral("Fortrolig beskrivelse");
    CHECK(textShown);
}

TEST_CASE("Every audited table belongs to one history kind and has a name of its own", "[audit][labels]") {
    for (const storage::AuditedTable& table : storage::AuditedTables::all()) {
        INFO(table.name.toStdString());
        int kinds = 0;
        for (HistoryKind kind : HistoryLabels::allKinds()) kinds += HistoryLabels::tablesOf(kind).contains(table.name) ? 1 : 0;
        CHECK(kinds == 1);
        // A named table reads "<name> <key>", never the raw table name.
        CHECK_FALSE(HistoryLabels::recordName(table.name, QStringLiteral("7")).startsWith(table.name));
    }
}
