#include "PdfText.h"

#include "../services/report/DemoReportDatabase.h"
#include "report/FinalEvaluationComposer.h"
#include "services/report/FinalEvaluationCollector.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace medsafe;

TEST_CASE("The final evaluation PDF holds the aims, every measure, the adopted changes and the lessons",
          "[report][pdf][final]") {
    auto t = DemoReportDatabase::create();
    auto content = services::FinalEvaluationCollector(*t.db).collect(t.botilbud, QDate(2026, 11, 22));
    REQUIRE(content.ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("final.pdf"));
    QString error;
    REQUIRE(report::FinalEvaluationComposer::writePdf(content.value(), path, &error));
    const QString text = collapsed(pdfText(path));
    INFO(text.toStdString());
    const auto& home = t.dataset.botilbud.first();
    CHECK(text.contains(QStringLiteral("Slutevaluering")));
    CHECK(text.contains(home.botilbud.name));
    CHECK(text.contains(collapsed(home.aim.statement)));
    for (const domain::Measure& measure : home.measures)
        CHECK(text.contains(collapsed(measure.name)));
    REQUIRE_FALSE(content->adopted.isEmpty());
    for (const services::AdoptedChange& change : content->adopted)
        CHECK(text.contains(collapsed(change.idea.title)));
    REQUIRE_FALSE(content->lessons.isEmpty());
    for (const services::CycleLesson& lesson : content->lessons)
        CHECK(text.contains(collapsed(lesson.learning)));
    CHECK(text.contains(QStringLiteral("Median i baseline")));
    CHECK(text.contains(QStringLiteral("Pr. måned"))); // incidents per phase, comparable across phase lengths
    // The demo's programme ended in December 2025: the evaluation covers all of it.
    CHECK(content->to == QDate(2025, 12, 31));
    CHECK(pdfPages(path) >= 4);
}
