// Phases 1 and 3 in the final evaluation (issue 16 item 5), written as a real PDF from the
// finished demo with its phase data and read back with pdftotext. The incident figures are
// counted again here from the generated incidents, not taken from the service that made them.
#include "../services/report/DemoReportDatabase.h"
#include "PdfText.h"
#include "charts/ChartNumberFormat.h"
#include "demo/DemoPhaseWork.h"
#include "domain/startup/StartupLabels.h"
#include "report/FinalEvaluationComposer.h"
#include "report/PhaseReportSection.h"
#include "services/report/FinalEvaluationCollector.h"
#include "services/startup/WorkflowService.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace medsafe;
using report::PhaseReportSection;

TEST_CASE("The final evaluation PDF compares the workflow before and after per month, shows the sustained "
          "measures with the one that slips back, and the spread",
          "[report][pdf][final][phases]") {
    auto t = DemoReportDatabase::create();
    REQUIRE(demo::DemoPhaseWork::add(*t.db, {}).ok());
    auto content = services::FinalEvaluationCollector(*t.db).collect(t.botilbud, QDate(2026, 11, 22));
    REQUIRE(content.ok());
    REQUIRE(content->workflow.hasBefore());
    REQUIRE(content->workflow.hasAfter());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("final.pdf"));
    QString error;
    REQUIRE(report::FinalEvaluationComposer::writePdf(content.value(), path, &error));
    const QString text = collapsed(pdfText(path));
    INFO(text.toStdString());

    CHECK(text.contains(collapsed(PhaseReportSection::tr("Workflow analysis before and after"))));

    // Administration before: the incidents of that stage from the programme's start (the
    // 12-month window reaches back before it) to the day of the "before" analysis.
    const auto& home = t.dataset.botilbud.first();
    const QDate before = content->workflow.beforeDate;
    const QDate from = std::max(home.programme.startDate, before.addMonths(-12).addDays(1));
    int administration = 0;
    for (const domain::Incident& incident : home.incidents)
        if (incident.stage == domain::ProcessStage::Administration && incident.occurredDate >= from &&
            incident.occurredDate <= before)
            ++administration;
    REQUIRE(administration >= 5); // shown, not "<5", in the demo
    const double months = (from.daysTo(before) + 1) / 30.44;
    const QString perMonth =
        PhaseReportSection::tr("%1 a month").arg(charts::ChartNumberFormat::number(administration / months));
    const QString stepRow = collapsed(domain::StartupLabels::stepLabel(domain::ProcessStage::Administration));
    const qsizetype at = text.indexOf(
        stepRow, text.indexOf(collapsed(PhaseReportSection::tr("Workflow analysis before and after"))));
    REQUIRE(at >= 0);
    const QString row = text.mid(at, 160);
    CHECK(row.contains(QString::number(administration)));
    CHECK(row.contains(collapsed(perMonth)));
    // The step's risk before and after, as the analyses recorded it.
    for (const services::StageComparison& stage : content->workflow.stages) {
        if (stage.stage != domain::ProcessStage::Administration) continue;
        REQUIRE(stage.beforeRisk);
        REQUIRE(stage.afterRisk);
        CHECK(row.startsWith(stepRow + QLatin1Char(' ') + domain::StartupLabels::label(*stage.beforeRisk) +
                             QLatin1Char(' ') + domain::StartupLabels::label(*stage.afterRisk)));
    }

    // Sustained measures: the demo's one measure that slips back says so in a sentence.
    CHECK(text.contains(collapsed(PhaseReportSection::tr("Sustained measures"))));
    QString sentence;
    for (const services::SustainedChange& change : content->sustained)
        for (const services::SustainedMeasure& m : change.measures)
            if (m.status == services::SustainStatus::SlippingBack) sentence = m.sentence;
    REQUIRE_FALSE(sentence.isEmpty());
    CHECK(text.contains(collapsed(sentence)));

    // Spread: one botilbud that sent and received nothing says so, and no matrix is drawn.
    CHECK(text.contains(collapsed(PhaseReportSection::tr("Spread of changes"))));
    CHECK(text.contains(collapsed(PhaseReportSection::tr(
        "No change was sent to or received from another botilbud as a change package."))));
    CHECK_FALSE(text.contains(collapsed(PhaseReportSection::tr("Changes across the botilbud"))));
}
