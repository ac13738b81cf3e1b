#include "DemoReportDatabase.h"

#include "services/report/ReportAnonymiser.h"
#include "services/report/ReportContentCollector.h"
#include "storage/IncidentRepository.h"
#include "storage/MonthlyReportRepository.h"

#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace medsafe;
using services::ReportContentCollector;

namespace {
int sum(const QList<services::ReportCountRow>& rows) {
    int n = 0;
    for (const auto& r : rows)
        n += r.count.value;
    return n;
}
} // namespace

TEST_CASE("A report shows the measures as they stood at the end of its month", "[report][collector]") {
    auto t = DemoReportDatabase::create();
    const QDate month(2024, 9, 1);
    auto content = ReportContentCollector(*t.db).collect(t.botilbud, month);
    REQUIRE(content.ok());
    CHECK(content->botilbud.name == t.dataset.botilbud.first().botilbud.name);
    REQUIRE(content->charts.size() == t.dataset.botilbud.first().measures.size());
    for (const services::MeasureChart& chart : content->charts) {
        INFO(chart.measure.name.toStdString());
        REQUIRE_FALSE(chart.series.points.isEmpty());
        CHECK(chart.series.points.last().date <= QDate(2024, 9, 30));
        if (!chart.series.perEvent) CHECK(chart.series.points.last().date == month);
        REQUIRE(chart.result.has_value()); // recomputed on the cut series
        CHECK(chart.result->points.size() == static_cast<size_t>(chart.series.points.size()));
    }
}

TEST_CASE("Cycles are shown as far as they had come by the month's end", "[report][collector]") {
    auto t = DemoReportDatabase::create();
    const QDate month(2024, 10, 1);
    const QDate monthEnd(2024, 10, 31);
    auto content = ReportContentCollector(*t.db).collect(t.botilbud, month);
    REQUIRE(content.ok());
    int laterFinished = 0;
    for (const domain::PdsaCycle& generated : t.dataset.botilbud.first().pdsaCycles) {
        const bool startedBy = generated.startDate.isValid() && generated.startDate <= monthEnd;
        const auto found = std::find_if(content->cycles.cbegin(), content->cycles.cend(),
                                        [&](const auto& c) { return c.number == generated.number; });
        CHECK((found != content->cycles.cend()) == startedBy);
        if (found == content->cycles.cend()) continue;
        if (generated.endDate.isValid() && generated.endDate > monthEnd &&
            generated.status == domain::PdsaStatus::Completed) {
            ++laterFinished;
            CHECK(found->status == domain::PdsaStatus::Doing);
            CHECK(found->studyLearning.isEmpty());
            CHECK_FALSE(found->decision.has_value());
        }
    }
    CHECK(laterFinished > 0); // the demo has cycles running across October 2024 (cycle 9 ends 3 November)
}

TEST_CASE("The month's incidents are counted by stage and consequence", "[report][collector]") {
    auto t = DemoReportDatabase::create();
    const QDate month(2024, 3, 1);
    auto content = ReportContentCollector(*t.db).collect(t.botilbud, month);
    REQUIRE(content.ok());
    int expected = 0;
    int reached = 0;
    for (const domain::Incident& i : t.dataset.botilbud.first().incidents) {
        if (i.occurredDate.year() == 2024 && i.occurredDate.month() == 3) {
            ++expected;
            if (i.reachedCitizen) ++reached;
        }
    }
    REQUIRE(expected > 0);
    CHECK(content->incidents.total.value == expected);
    CHECK(content->incidents.reachedCitizen.value == reached);
    CHECK(sum(content->incidents.byStage) == expected);
    CHECK(sum(content->incidents.byConsequence) == expected);
    CHECK(content->incidents.byStage.size() == static_cast<qsizetype>(domain::allValues<domain::ProcessStage>().size()));
    REQUIRE(content->incidents.daysSinceLastError.has_value());
    CHECK(*content->incidents.daysSinceLastError >= 0);
}

TEST_CASE("The narrative is the month's stored report, or a fresh draft", "[report][collector]") {
    auto t = DemoReportDatabase::create();
    const QDate month(2024, 9, 1);
    auto stored = storage::MonthlyReportRepository(*t.db).forMonth(t.botilbud, month);
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    auto content = ReportContentCollector(*t.db).collect(t.botilbud, month);
    REQUIRE(content.ok());
    CHECK(content->report.wentWell == stored.value()->wentWell);
    CHECK(content->report.status == stored.value()->status);

    auto early = ReportContentCollector(*t.db).collect(t.botilbud, QDate(2024, 1, 1));
    REQUIRE(early.ok());
    CHECK(early->report.status == domain::ReportStatus::Draft);
    CHECK(early->report.wentWell.isEmpty());
    CHECK(early->report.month == QDate(2024, 1, 1));
}

TEST_CASE("The default month is the latest month with a typed measurement", "[report][collector]") {
    auto t = DemoReportDatabase::create();
    QDate latest;
    for (const domain::Measurement& m : t.dataset.botilbud.first().measurements)
        if (!latest.isValid() || m.period > latest) latest = m.period;
    auto month = ReportContentCollector(*t.db).defaultMonth(t.botilbud);
    REQUIRE(month.ok());
    CHECK(month.value() == latest);
}

TEST_CASE("Content for sharing names no member of staff", "[report][collector][privacy]") {
    auto t = DemoReportDatabase::create();
    const QDate month(2024, 9, 1);
    // A tovholder writes a colleague's name into the report.
    const auto& people = t.dataset.botilbud.first().people;
    REQUIRE_FALSE(people.isEmpty());
    const QString colleague = people.first().name;
    storage::MonthlyReportRepository reports(*t.db);
    auto stored = reports.forMonth(t.botilbud, month);
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    domain::MonthlyReport report = *stored.value();
    report.wentWell = QStringLiteral("%1 har styr på dobbeltkontrollen.").arg(colleague);
    REQUIRE(reports.update(report).ok());

    auto shared = ReportContentCollector(*t.db).collectForSharing(t.botilbud, month);
    REQUIRE(shared.ok());
    CHECK(shared->report.wentWell.startsWith(services::ReportAnonymiser::namePlaceholder()));
    QStringList texts{shared->report.wentWell, shared->report.barriers, shared->report.supportNeeded,
                      shared->report.planNextMonth, shared->report.consultantFeedback};
    for (const domain::PdsaCycle& c : shared->cycles)
        texts << c.title << c.question << c.prediction << c.studyResult << c.studyLearning << c.nextStep;
    for (const domain::Person& person : people) {
        for (const QString& part : person.name.split(QLatin1Char(' '))) {
            if (part.size() < 3) continue;
            for (const QString& text : texts) {
                INFO(person.name.toStdString() << " in: " << text.toStdString());
                CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(part))));
            }
        }
    }
}
