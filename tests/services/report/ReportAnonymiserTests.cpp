#include "services/report/ReportAnonymiser.h"

#include <catch2/catch.hpp>

using namespace medsafe;
using services::ReportAnonymiser;

namespace {
QList<domain::Person> staff() {
    domain::Person a;
    a.name = QStringLiteral("Hanne Kjær");
    domain::Person b;
    b.name = QStringLiteral("Per Bo");
    return {a, b};
}
} // namespace

TEST_CASE("Staff names are replaced as whole words only", "[report][privacy]") {
    int replaced = 0;
    const QString out = ReportAnonymiser::redact(
        QStringLiteral("Hanne og PER talte med Kjær om perlerne; Bo er for kort til at tælle."), staff(), &replaced);
    CHECK_FALSE(out.contains(QStringLiteral("Hanne")));
    CHECK_FALSE(out.contains(QStringLiteral("PER ")));
    CHECK_FALSE(out.contains(QStringLiteral("Kjær")));
    CHECK(out.contains(QStringLiteral("perlerne"))); // "per" inside another word stays
    CHECK(out.contains(QStringLiteral("Bo er")));    // two letters: too short to be a name part
    CHECK(out.count(ReportAnonymiser::namePlaceholder()) == 3);
    CHECK(replaced == 3);
}

TEST_CASE("CPR-shaped numbers with a real date are replaced, other numbers stay", "[report][privacy]") {
    int replaced = 0;
    const QString out = ReportAnonymiser::redact(
        QStringLiteral("Borger 010190-1234 og 0101901234; telefon 12345678, konto 3199991234."), {}, &replaced);
    CHECK_FALSE(out.contains(QStringLiteral("010190")));
    CHECK(out.count(ReportAnonymiser::cprPlaceholder()) == 2);
    CHECK(out.contains(QStringLiteral("12345678")));
    CHECK(out.contains(QStringLiteral("3199991234"))); // 31/99 is no date
    CHECK(replaced == 2);
}

TEST_CASE("Sharing strips PDSA fields that name people and redacts the narrative", "[report][privacy]") {
    services::MonthlyReportContent content;
    domain::PdsaCycle cycle;
    cycle.title = QStringLiteral("Hanne tester dobbeltkontrol");
    cycle.responsibleId = domain::PersonId{4};
    cycle.planWho = QStringLiteral("Per og Hanne");
    cycle.doObservations = QStringLiteral("Borgeren 010190-1234 fik ...");
    cycle.studyLearning = QStringLiteral("Det virker, siger Per.");
    content.cycles << cycle;
    content.report.wentWell = QStringLiteral("Tak til Hanne Kjær.");
    content.incidents.total = {3, false};
    domain::ChecklistItem item;
    item.note = QStringLiteral("Hanne gjorde det");
    content.checklist << item;

    const auto shared = ReportAnonymiser::forSharing(content, staff());
    const domain::PdsaCycle& out = shared.cycles.first();
    CHECK_FALSE(out.responsibleId.has_value());
    CHECK(out.planWho.isEmpty());
    CHECK(out.doObservations.isEmpty());
    CHECK_FALSE(out.title.contains(QStringLiteral("Hanne")));
    CHECK_FALSE(out.studyLearning.contains(QStringLiteral("Per")));
    CHECK_FALSE(shared.report.wentWell.contains(QStringLiteral("Hanne")));
    CHECK(shared.checklist.first().note.isEmpty());
    CHECK(shared.incidents.total.suppressed);
    CHECK(shared.incidents.total.value == 0);
}

TEST_CASE("CPR numbers typed with spaces, dots and slashes are replaced too", "[report][privacy]") {
    int replaced = 0;
    const QString out = ReportAnonymiser::redact(
        QStringLiteral("Borger 010203 1234 og 01.02.03-1234, 01/02/03-1234; tlf. 12 34 56 78, 01.02.24-03.04.24"),
        {}, &replaced);
    CHECK(replaced == 3);
    CHECK(out.count(ReportAnonymiser::cprPlaceholder()) == 3);
    CHECK_FALSE(out.contains(QStringLiteral("1234 ")));
    CHECK(out.contains(QStringLiteral("12 34 56 78")));
    CHECK(out.contains(QStringLiteral("01.02.24-03.04.24")));
}
