#include "report/MonthlyReportComposer.h"

#include "charts/ChartFigure.h"
#include "charts/ChartNumberFormat.h"
#include "charts/MeasureChartRecipe.h"
#include "charts/MeasureChartSpec.h"
#include "charts/SignalVerdict.h"
#include "domain/DomainLabels.h"
#include "domain/Taxonomy.h"
#include "report/PharmacyReportSection.h"
#include "report/ReportFormat.h"


namespace medsafe::report {

using services::MonthlyReportContent;

namespace {
QString h2(const QString& text) { return ReportFormat::heading(text); }
QString row(const QStringList& cells, bool header = false) { return ReportFormat::tableRow(cells, header); }
QString table(const QString& rows) { return ReportFormat::table(rows); }

QString verdictCell(const services::MeasureChart& chart) {
    if (!chart.result) return QStringLiteral("–");
    const charts::SignalVerdict verdict = charts::SignalVerdict::judge(*chart.result, chart.plottedDirection);
    return QStringLiteral("<span style='color:%1'>%2</span>")
        .arg(verdict.color().name(), verdict.badgeText().toHtmlEscaped());
}

QString stageLabel(const QString& code) {
    const auto stage = domain::fromCode<domain::ProcessStage>(code);
    return stage ? domain::Taxonomy::label(*stage) : code;
}

QString consequenceLabel(const QString& code) {
    const auto category = domain::fromCode<domain::OverallCategory>(code);
    return category ? domain::Taxonomy::label(*category) : code;
}

QString dateText(const QDate& date) { return charts::ChartNumberFormat::day(date); }
} // namespace

QString MonthlyReportComposer::suggestedFileName(const MonthlyReportContent& content) {
    const QString name = ReportFormat::fileNamePart(content.botilbud.name);
    return tr("Monthly-report_%1_%2.pdf").arg(name, content.month.toString(QStringLiteral("yyyy-MM")));
}

QString MonthlyReportComposer::titleHtml(const MonthlyReportContent& c) {
    QString html = QStringLiteral("<h1>%1</h1>").arg(tr("Monthly report %1").arg(charts::ChartNumberFormat::monthName(c.month)).toHtmlEscaped());
    QString place = c.botilbud.name.toHtmlEscaped();
    if (!c.botilbud.municipality.isEmpty()) place += QStringLiteral(", ") + c.botilbud.municipality.toHtmlEscaped();
    html += QStringLiteral("<p style='font-size:12pt'><b>%1</b></p>").arg(place);
    QString status = domain::DomainLabels::label(c.report.status).toHtmlEscaped();
    if (c.report.sentDate.isValid()) status += QStringLiteral(" ") + tr("(sent %1)").arg(dateText(c.report.sentDate)).toHtmlEscaped();
    html += table(row({QStringLiteral("<span class='label'>%1</span>").arg(tr("Status").toHtmlEscaped()), status}) +
                  row({QStringLiteral("<span class='label'>%1</span>").arg(tr("Programme").toHtmlEscaped()),
                       ReportFormat::progress(c.progress).toHtmlEscaped()}) +
                  row({QStringLiteral("<span class='label'>%1</span>").arg(tr("Self-assessment").toHtmlEscaped()),
                       ReportFormat::selfScore(c.report.selfScore).toHtmlEscaped()}));
    return html;
}

QString MonthlyReportComposer::overviewHtml(const MonthlyReportContent& c) {
    QString html = h2(tr("The measures at a glance"));
    QString rows = row({tr("Measure").toHtmlEscaped(), tr("This month").toHtmlEscaped(),
                        tr("Median / centre line").toHtmlEscaped(), tr("Signal").toHtmlEscaped()},
                       true);
    for (const services::MeasureChart& chart : c.charts) {
        const QString unit = charts::MeasureChartSpec::unit(chart.measure, chart.series.perEvent);
        const auto value = chart.latestValue(c.month, c.monthEnd());
        const auto centre = chart.currentCentre();
        rows += row({chart.measure.name.toHtmlEscaped(),
                     value ? charts::ChartNumberFormat::withUnit(*value, unit).toHtmlEscaped() : QStringLiteral("–"),
                     centre ? charts::ChartNumberFormat::withUnit(*centre, unit).toHtmlEscaped() : QStringLiteral("–"),
                     verdictCell(chart)});
    }
    html += table(rows);
    int started = 0;
    int finished = 0;
    for (const domain::PdsaCycle& cycle : c.cycles) {
        if (c.startedInMonth(cycle)) ++started;
        if (c.finishedInMonth(cycle)) ++finished;
    }
    html += QStringLiteral("<p>%1 &nbsp;·&nbsp; %2</p>")
                .arg(tr("PDSA cycles started: %1, finished: %2").arg(started).arg(finished).toHtmlEscaped(),
                     tr("Medication incidents this month: %1").arg(ReportFormat::count(c.incidents.total)).toHtmlEscaped());
    return html;
}

QString MonthlyReportComposer::narrativeHtml(const MonthlyReportContent& c) {
    const auto section = [](const QString& title, const QString& text) {
        return QStringLiteral("<h3>%1</h3><p>%2</p>").arg(title.toHtmlEscaped(), ReportFormat::text(text));
    };
    return h2(tr("The working group's assessment")) +
           QStringLiteral("<p><span class='label'>%1:</span> %2</p>")
               .arg(tr("Self-assessed progress (1–5)").toHtmlEscaped(), ReportFormat::selfScore(c.report.selfScore).toHtmlEscaped()) +
           section(tr("What went well"), c.report.wentWell) + section(tr("Barriers"), c.report.barriers) +
           section(tr("Support needed from PS!"), c.report.supportNeeded) +
           section(tr("Plan for next month"), c.report.planNextMonth);
}

QString MonthlyReportComposer::pdsaHtml(const MonthlyReportContent& c) {
    QString html = h2(tr("PDSA cycles"));
    QString ideaNames;
    const auto ideaOf = [&](const domain::PdsaCycle& cycle) {
        if (!cycle.changeIdeaId) return QString();
        for (const domain::ChangeIdea& idea : c.changeIdeas)
            if (idea.id == *cycle.changeIdeaId) return idea.title;
        return QString();
    };
    const auto describe = [&](const domain::PdsaCycle& cycle, bool finished) {
        QString out = QStringLiteral("<p><b>%1</b>").arg(tr("Cycle %1: %2").arg(cycle.number).arg(cycle.title).toHtmlEscaped());
        const QString idea = ideaOf(cycle);
        if (!idea.isEmpty()) out += QStringLiteral(" <span class='muted'>(%1)</span>").arg(tr("change idea: %1").arg(idea).toHtmlEscaped());
        out += QStringLiteral("<br>");
        if (!finished) {
            out += QStringLiteral("<span class='label'>%1:</span> %2<br>").arg(tr("Question").toHtmlEscaped(), ReportFormat::text(cycle.question));
            out += QStringLiteral("<span class='label'>%1:</span> %2").arg(tr("Prediction").toHtmlEscaped(), ReportFormat::text(cycle.prediction));
        } else {
            const QString decision = cycle.decision ? domain::DomainLabels::label(*cycle.decision)
                                                    : domain::DomainLabels::label(cycle.status);
            out += QStringLiteral("<span class='label'>%1:</span> %2<br>").arg(tr("Decision").toHtmlEscaped(), decision.toHtmlEscaped());
            out += QStringLiteral("<span class='label'>%1:</span> %2<br>").arg(tr("Result").toHtmlEscaped(), ReportFormat::text(cycle.studyResult));
            out += QStringLiteral("<span class='label'>%1:</span> %2").arg(tr("What we learned").toHtmlEscaped(), ReportFormat::text(cycle.studyLearning));
            if (!cycle.nextStep.trimmed().isEmpty())
                out += QStringLiteral("<br><span class='label'>%1:</span> %2").arg(tr("Next step").toHtmlEscaped(), ReportFormat::text(cycle.nextStep));
        }
        return out + QStringLiteral("</p>");
    };
    QString started;
    QString finished;
    int running = 0;
    for (const domain::PdsaCycle& cycle : c.cycles) {
        if (c.finishedInMonth(cycle)) finished += describe(cycle, true);
        else if (c.startedInMonth(cycle)) started += describe(cycle, false);
        const bool open = cycle.status == domain::PdsaStatus::Doing || cycle.status == domain::PdsaStatus::Studying;
        if (open && !c.startedInMonth(cycle)) ++running;
    }
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Finished this month").toHtmlEscaped());
    html += finished.isEmpty() ? QStringLiteral("<p class='muted'>%1</p>").arg(tr("No cycle was finished this month.").toHtmlEscaped()) : finished;
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Started this month and still running").toHtmlEscaped());
    html += started.isEmpty() ? QStringLiteral("<p class='muted'>%1</p>").arg(tr("No cycle started this month is still running.").toHtmlEscaped()) : started;
    html += QStringLiteral("<p class='muted'>%1</p>").arg(tr("%n cycle(s) started earlier are still running.", nullptr, running).toHtmlEscaped());
    return html;
}

QString MonthlyReportComposer::incidentsHtml(const MonthlyReportContent& c) {
    const services::ReportIncidentSummary& s = c.incidents;
    QString html = h2(tr("Medication incidents"));
    html += QStringLiteral("<p>%1 &nbsp;·&nbsp; %2</p>")
                .arg(tr("Reported this month: %1").arg(ReportFormat::count(s.total)).toHtmlEscaped(),
                     tr("Reached the resident: %1").arg(ReportFormat::count(s.reachedCitizen)).toHtmlEscaped());
    if (s.daysSinceLastError)
        html += QStringLiteral("<p>%1</p>").arg(tr("Days since the last medication error at the end of the month: %1").arg(*s.daysSinceLastError).toHtmlEscaped());
    QString stageRows = row({tr("Stage of the medication process").toHtmlEscaped(), tr("Number").toHtmlEscaped()}, true);
    QStringList zeroStages;
    for (const services::ReportCountRow& r : s.byStage) {
        if (!r.count.suppressed && r.count.value == 0) {
            zeroStages << stageLabel(r.code);
            continue;
        }
        stageRows += row({stageLabel(r.code).toHtmlEscaped(), ReportFormat::count(r.count).toHtmlEscaped()});
    }
    QString consequenceRows = row({tr("Consequence (overall category)").toHtmlEscaped(), tr("Number").toHtmlEscaped()}, true);
    for (const services::ReportCountRow& r : s.byConsequence)
        consequenceRows += row({consequenceLabel(r.code).toHtmlEscaped(), ReportFormat::count(r.count).toHtmlEscaped()});
    html += table(stageRows);
    if (!zeroStages.isEmpty())
        html += QStringLiteral("<p class='muted'>%1</p>").arg(tr("No incidents at: %1.").arg(zeroStages.join(QStringLiteral(", "))).toHtmlEscaped());
    html += table(consequenceRows);
    html += QStringLiteral("<p class='muted'>%1</p>")
                .arg(tr("Counts from 1 to 4 are shown as \"<5\" so no resident or member of staff can be recognised; "
                        "where one count would follow from the others, one more is hidden.").toHtmlEscaped());
    return html;
}

QString MonthlyReportComposer::programmeHtml(const MonthlyReportContent& c) {
    QString html = h2(tr("Programme and start-up"));
    html += QStringLiteral("<p>%1</p>").arg(ReportFormat::progress(c.progress).toHtmlEscaped());
    QString rows = row({tr("Start-up task").toHtmlEscaped(), tr("Done").toHtmlEscaped()}, true);
    for (const domain::ChecklistItem& item : c.checklist) {
        rows += row({domain::DomainLabels::label(item.kind).toHtmlEscaped(),
                     item.isDone() ? QStringLiteral("✓ %1").arg(dateText(item.doneDate)).toHtmlEscaped()
                                   : tr("✗ not yet").toHtmlEscaped()});
    }
    html += table(rows);
    if (!c.events.isEmpty()) {
        QString eventRows = row({tr("Date").toHtmlEscaped(), tr("Event").toHtmlEscaped(), tr("Status").toHtmlEscaped()}, true);
        for (const services::ReportEvent& e : c.events) {
            QString name = domain::DomainLabels::label(e.kind);
            if (e.number) name += QStringLiteral(" %1").arg(*e.number);
            // Titles often repeat the event's name ("Læringstræf 3: Ramper …"): say it once.
            if (e.title.startsWith(name)) name = e.title;
            else if (!e.title.isEmpty()) name += QStringLiteral(" – ") + e.title;
            const QString state = e.done ? tr("held") : (e.date > c.monthEnd() ? tr("planned") : tr("not registered as held"));
            eventRows += row({dateText(e.date).toHtmlEscaped(), name.toHtmlEscaped(), state.toHtmlEscaped()});
        }
        html += QStringLiteral("<h3>%1</h3>").arg(tr("Events this month and the next planned").toHtmlEscaped()) + table(eventRows);
    }
    return html;
}

QString MonthlyReportComposer::feedbackHtml(const MonthlyReportContent& c) {
    QString html = h2(tr("Feedback from PS!"));
    if (c.report.consultantFeedback.trimmed().isEmpty())
        return html + QStringLiteral("<p class='muted'>%1</p>").arg(tr("No feedback yet.").toHtmlEscaped());
    if (c.report.feedbackDate.isValid())
        html += QStringLiteral("<p class='muted'>%1</p>").arg(tr("Given %1").arg(dateText(c.report.feedbackDate)).toHtmlEscaped());
    return html + QStringLiteral("<p>%1</p>").arg(ReportFormat::text(c.report.consultantFeedback));
}

ReportDocument MonthlyReportComposer::compose(const MonthlyReportContent& c) {
    ReportDocument doc;
    const QString month = charts::ChartNumberFormat::monthName(c.month);
    doc.setTitle(tr("Monthly report %1 – %2").arg(month, c.botilbud.name));
    doc.setHeader(tr("Medicinsikker · Monthly report to PS!"), QStringLiteral("%1 · %2").arg(c.botilbud.name, month));
    doc.setGeneratedOn(c.generatedOn.isValid() ? c.generatedOn : QDate::currentDate());

    doc.add(ReportBlock::text(titleHtml(c)));
    doc.add(ReportBlock::text(overviewHtml(c)));
    doc.add(ReportBlock::text(narrativeHtml(c)));

    doc.add(ReportBlock::pageBreak());
    doc.add(ReportBlock::text(h2(tr("Measures")), true));
    if (c.charts.isEmpty()) doc.add(ReportBlock::text(QStringLiteral("<p class='muted'>%1</p>").arg(tr("No measures yet.").toHtmlEscaped())));
    for (const services::MeasureChart& chart : c.charts) {
        QString heading = QStringLiteral("<h3>%1</h3>").arg(chart.measure.name.toHtmlEscaped());
        if (!chart.measure.operationalDefinition.trimmed().isEmpty())
            heading += QStringLiteral("<p class='muted'>%1</p>").arg(chart.measure.operationalDefinition.toHtmlEscaped());
        doc.add(ReportBlock::text(heading, true));
        if (!chart.result) {
            doc.add(ReportBlock::text(QStringLiteral("<p class='muted'>%1</p>").arg(tr("Too few values for a chart yet.").toHtmlEscaped())));
            continue;
        }
        const charts::ChartSpec spec = charts::MeasureChartRecipe::fromChart(chart, c.cycles, c.changeIdeas);
        doc.add(ReportBlock::figure(spec, kChartHeight));
        doc.add(ReportBlock::text(charts::ChartFigure::narrativeHtml(spec)));
    }

    doc.add(ReportBlock::pageBreak());
    doc.add(ReportBlock::text(pdsaHtml(c)));
    doc.add(ReportBlock::text(incidentsHtml(c)));
    if (const QString pharmacy = PharmacyReportSection::monthlyHtml(c); !pharmacy.isEmpty())
        doc.add(ReportBlock::text(pharmacy));
    doc.add(ReportBlock::text(programmeHtml(c)));
    doc.add(ReportBlock::text(feedbackHtml(c)));
    return doc;
}

bool MonthlyReportComposer::writePdf(const MonthlyReportContent& content, const QString& path, QString* error) {
    return compose(content).writePdf(path, error);
}

} // namespace medsafe::report
