#include "report/FinalEvaluationComposer.h"

#include "charts/ChartFigure.h"
#include "charts/ChartNumberFormat.h"
#include "charts/MeasureChartRecipe.h"
#include "charts/MeasureChartSpec.h"
#include "charts/SignalVerdict.h"
#include "domain/DomainLabels.h"
#include "domain/ProgrammeEvent.h"
#include "report/MonthlyReportComposer.h"
#include "report/PharmacyReportSection.h"
#include "report/PhaseReportSection.h"
#include "report/ReportFormat.h"


namespace medsafe::report {

using services::FinalEvaluationContent;

namespace {
QString esc(const QString& text) { return text.toHtmlEscaped(); }

QString h2(const QString& text) { return ReportFormat::heading(text); }
QString row(const QStringList& cells, bool header = false) { return ReportFormat::tableRow(cells, header); }
QString table(const QString& rows) { return ReportFormat::table(rows); }

QString period(const QDate& from, const QDate& to) {
    if (!from.isValid()) return {};
    return charts::ChartNumberFormat::period({from, to}, true);
}

QString day(const QDate& date) { return charts::ChartNumberFormat::day(date); }
} // namespace

QString FinalEvaluationComposer::suggestedFileName(const FinalEvaluationContent& content) {
    const QString name = ReportFormat::fileNamePart(content.botilbud.name);
    return tr("Final-evaluation_%1.pdf").arg(name);
}

QString FinalEvaluationComposer::summaryHtml(const FinalEvaluationContent& c) {
    QString html = QStringLiteral("<h1>%1</h1>").arg(esc(tr("Final evaluation")));
    QString place = esc(c.botilbud.name);
    if (!c.botilbud.municipality.isEmpty()) place += QStringLiteral(", ") + esc(c.botilbud.municipality);
    html += QStringLiteral("<p style='font-size:12pt'><b>%1</b></p>").arg(place);
    const auto label = [](const QString& text) { return QStringLiteral("<span class='label'>%1</span>").arg(esc(text)); };
    int scored = 0;
    for (const domain::MonthlyReport& r : c.reports)
        if (r.selfScore) ++scored;
    html += table(row({label(tr("Period")), esc(period(c.from, c.to))}) +
                  row({label(tr("Programme")), esc(ReportFormat::progress(c.progress))}) +
                  row({label(tr("Learning sessions held")),
                       esc(tr("%1 of %2").arg(c.learningSessionsHeld).arg(domain::ProgrammeEvent::kLearningSessions))}) +
                  row({label(tr("PS! visits held")),
                       esc(tr("%1 of %2").arg(c.psVisitsHeld).arg(domain::ProgrammeEvent::kPsVisits))}) +
                  row({label(tr("PDSA cycles tested")), QString::number(c.cycles.size())}) +
                  row({label(tr("Changes adopted")), QString::number(c.adopted.size())}) +
                  row({label(tr("Monthly reports")), esc(tr("%1, of which %2 with a self-assessment").arg(c.reports.size()).arg(scored))}));
    return html;
}

QString FinalEvaluationComposer::aimsHtml(const FinalEvaluationContent& c) {
    QString html = h2(tr("Aims"));
    if (c.aims.isEmpty()) return html + QStringLiteral("<p class='muted'>%1</p>").arg(esc(tr("No aim was written down.")));
    for (const domain::Aim& aim : c.aims) {
        html += QStringLiteral("<p><b>%1</b></p>").arg(ReportFormat::text(aim.statement));
        if (aim.targetDate.isValid())
            html += QStringLiteral("<p class='muted'>%1</p>").arg(esc(tr("To be reached by %1").arg(day(aim.targetDate))));
        const auto question = [](const QString& q, const QString& answer) {
            return QStringLiteral("<p><span class='label'>%1</span><br>%2</p>").arg(esc(q), ReportFormat::text(answer));
        };
        html += question(tr("What are we trying to accomplish?"), aim.whatToAccomplish);
        html += question(tr("How will we know that a change is an improvement?"), aim.howWillWeKnow);
        html += question(tr("What changes can we make that will result in improvement?"), aim.whatChanges);
    }
    return html;
}

QString FinalEvaluationComposer::mediansHtml(const FinalEvaluationContent& c) {
    QString html = h2(tr("Measures: baseline and now"));
    QString rows = row({esc(tr("Measure")), esc(tr("Baseline median")), esc(tr("Latest median")), esc(tr("Signal"))}, true);
    for (qsizetype i = 0; i < c.charts.size(); ++i) {
        const services::MeasureChart& chart = c.charts[i];
        const services::MeasureMedians& m = c.medians.value(i);
        const QString unit = charts::MeasureChartSpec::unit(chart.measure, chart.series.perEvent);
        const auto cell = [&](const std::optional<double>& value, const QDate& from, const QDate& to) {
            if (!value) return QStringLiteral("–");
            return QStringLiteral("%1<br><span class='muted'>%2</span>")
                .arg(esc(charts::ChartNumberFormat::withUnit(*value, unit)), esc(period(from, to)));
        };
        QString signal = QStringLiteral("–");
        if (chart.result) {
            const auto verdict = charts::SignalVerdict::judge(*chart.result, chart.plottedDirection);
            signal = QStringLiteral("<span style='color:%1'>%2</span>").arg(verdict.color().name(), esc(verdict.badgeText()));
        }
        rows += row({esc(chart.measure.name), cell(m.baseline, m.baselineFrom, m.baselineTo),
                     cell(m.latest, m.latestFrom, m.latestTo), signal});
    }
    html += table(rows);
    html += QStringLiteral("<p class='muted'>%1</p>")
                .arg(esc(tr("Baseline: the baseline measurements (or the first part, or the first 6 points). Latest: the last "
                            "part when the chart is split, otherwise the last 6 points. Excluded points do not count.")));
    return html;
}

QString FinalEvaluationComposer::changesHtml(const FinalEvaluationContent& c) {
    QString html = h2(tr("Changes adopted"));
    if (c.adopted.isEmpty()) return html + QStringLiteral("<p class='muted'>%1</p>").arg(esc(tr("No change has been adopted yet.")));
    QString rows = row({esc(tr("Change idea")), esc(tr("Adopted")), esc(tr("Cycles tested"))}, true);
    for (const services::AdoptedChange& change : c.adopted)
        rows += row({esc(change.idea.title), esc(day(change.adoptedOn)), QString::number(change.cyclesTested)});
    return html + table(rows);
}

QString FinalEvaluationComposer::lessonsHtml(const FinalEvaluationContent& c) {
    QString html = h2(tr("What we learned"));
    if (c.lessons.isEmpty()) return html + QStringLiteral("<p class='muted'>%1</p>").arg(esc(tr("No lessons were written down.")));
    for (const services::CycleLesson& lesson : c.lessons) {
        QString head = tr("Cycle %1: %2").arg(lesson.number).arg(lesson.title);
        QString meta = day(lesson.endDate);
        if (lesson.decision) meta += QStringLiteral(" · ") + domain::DomainLabels::label(*lesson.decision);
        html += QStringLiteral("<p><b>%1</b> <span class='muted'>(%2)</span><br>%3</p>")
                    .arg(esc(head), esc(meta), ReportFormat::text(lesson.learning));
    }
    return html;
}

QString FinalEvaluationComposer::scoresHtml(const FinalEvaluationContent& c) {
    QString html = h2(tr("Self-assessment month by month"));
    QString rows = row({esc(tr("Month")), esc(tr("Score")), esc(tr("Status"))}, true);
    for (const domain::MonthlyReport& r : c.reports) {
        const QString bar = r.selfScore ? QString(*r.selfScore, QChar(0x25A0)) + QStringLiteral(" %1").arg(*r.selfScore) : QStringLiteral("–");
        rows += row({esc(charts::ChartNumberFormat::monthName(r.month)), esc(bar), esc(domain::DomainLabels::label(r.status))});
    }
    html += table(rows);
    if (!c.incidentsByPhase.isEmpty()) {
        // Phases differ in length (six months against two), so the count per month is what
        // compares them; a hidden count stays hidden per month too.
        QString phaseRows = row({esc(tr("Phase")), esc(tr("Period")), esc(tr("Medication incidents")),
                                 esc(tr("Per month"))},
                                true);
        for (const services::PhaseIncidents& p : c.incidentsByPhase) {
            const int months = (p.to.year() - p.from.year()) * 12 + p.to.month() - p.from.month() + 1;
            const QString perMonth = p.count.suppressed || months < 1
                                         ? QStringLiteral("–")
                                         : charts::ChartNumberFormat::number(static_cast<double>(p.count.value) / months);
            phaseRows += row({esc(tr("Phase %1: %2").arg(p.phase).arg(domain::DomainLabels::label(static_cast<domain::Phase>(p.phase)))),
                              esc(period(p.from, p.to)), esc(ReportFormat::count(p.count)), esc(perMonth)});
        }
        html += h2(tr("Medication incidents per phase")) + table(phaseRows);
        html += QStringLiteral("<p class='muted'>%1</p>").arg(esc(tr("Counts from 1 to 4 are shown as \"<5\".")));
    }
    return html;
}

ReportDocument FinalEvaluationComposer::compose(const FinalEvaluationContent& c) {
    ReportDocument doc;
    doc.setTitle(tr("Final evaluation – %1").arg(c.botilbud.name));
    doc.setHeader(tr("Medicinsikker · Final evaluation"), QStringLiteral("%1 · %2").arg(c.botilbud.name, period(c.from, c.to)));
    doc.setGeneratedOn(c.generatedOn.isValid() ? c.generatedOn : QDate::currentDate());
    doc.add(ReportBlock::text(summaryHtml(c)));
    doc.add(ReportBlock::text(aimsHtml(c)));
    doc.add(ReportBlock::text(mediansHtml(c)));
    doc.add(ReportBlock::text(changesHtml(c)));
    doc.add(ReportBlock::text(lessonsHtml(c)));
    doc.add(ReportBlock::text(scoresHtml(c)));
    doc.add(ReportBlock::text(PharmacyReportSection::programmeHtml(c.pharmacy)));
    doc.add(ReportBlock::text(PhaseReportSection::workflowHtml(c.workflow, c.from)));
    doc.add(ReportBlock::text(PhaseReportSection::sustainHtml(c.sustained)));
    doc.add(ReportBlock::text(PhaseReportSection::spreadHtml(c.spread, c.spreadMatrix)));
    doc.add(ReportBlock::pageBreak());
    doc.add(ReportBlock::text(h2(tr("The measures over the whole programme")), true));
    for (const services::MeasureChart& chart : c.charts) {
        doc.add(ReportBlock::text(QStringLiteral("<h3>%1</h3>").arg(esc(chart.measure.name)), true));
        if (!chart.result) {
            doc.add(ReportBlock::text(QStringLiteral("<p class='muted'>%1</p>").arg(esc(tr("Too few values for a chart.")))));
            continue;
        }
        const charts::ChartSpec spec = charts::MeasureChartRecipe::fromChart(chart, c.cycles, c.changeIdeas);
        doc.add(ReportBlock::figure(spec, MonthlyReportComposer::kChartHeight));
        doc.add(ReportBlock::text(charts::ChartFigure::narrativeHtml(spec)));
    }
    return doc;
}

bool FinalEvaluationComposer::writePdf(const FinalEvaluationContent& content, const QString& path, QString* error) {
    return compose(content).writePdf(path, error);
}

} // namespace medsafe::report
