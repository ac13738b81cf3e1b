#include "report/PhaseReportSection.h"

#include "charts/ChartNumberFormat.h"
#include "charts/MeasureChartSpec.h"
#include "domain/startup/StartupLabels.h"
#include "report/ReportFormat.h"
#include "services/report/SmallCountSuppression.h"
#include "services/spread/SpreadStatus.h"

namespace medsafe::report {

using services::SpreadStatusRule;

namespace {
QString esc(const QString& text) {
    return text.toHtmlEscaped();
}
QString muted(const QString& text) {
    return QStringLiteral("<p class='muted'>%1</p>").arg(esc(text));
}
QString row(const QStringList& cells, bool header = false) {
    return ReportFormat::tableRow(cells, header);
}
QString day(const QDate& date) {
    return charts::ChartNumberFormat::day(date);
}

QString risk(const std::optional<domain::RiskLevel>& level) {
    return level ? esc(domain::StartupLabels::label(*level)) : QStringLiteral("–");
}

// The twelve months up to an analysis, cut at the first day with data.
struct Window {
    QDate from;
    QDate to;
    double months() const { return from.isValid() && to >= from ? (from.daysTo(to) + 1) / 30.44 : 0.0; }
};

Window windowOf(const QDate& analysis, const QDate& dataFrom) {
    if (!analysis.isValid()) return {};
    QDate from = services::WorkflowService::incidentWindowStart(analysis);
    if (dataFrom.isValid() && dataFrom > from) from = dataFrom;
    return {from, analysis};
}

// The evaluation is shared with PS!, so a count that could point to one person is hidden; the
// count per month makes a window shortened by the programme's start comparable with a whole year.
QString incidents(const std::optional<int>& count, const Window& window) {
    if (!count) return QStringLiteral("–");
    const services::ReportCount shown = services::SmallCountSuppression::suppress({*count, false});
    QString text = esc(ReportFormat::count(shown));
    if (!shown.suppressed && *count > 0 && window.months() >= 1.0)
        text += QStringLiteral("<br><span class='muted'>%1</span>")
                    .arg(esc(PhaseReportSection::tr("%1 a month")
                                 .arg(charts::ChartNumberFormat::number(*count / window.months()))));
    return text;
}

QString period(const Window& window) {
    return window.from.isValid() ? charts::ChartNumberFormat::period({window.from, window.to}, true)
                                 : QString();
}

QString status(services::SpreadStatus value) {
    return esc(SpreadStatusRule::symbol(value) + QLatin1Char(' ') + SpreadStatusRule::label(value));
}
} // namespace

QString PhaseReportSection::workflowHtml(const services::WorkflowComparison& w, const QDate& dataFrom) {
    QString html = ReportFormat::heading(tr("Workflow analysis before and after"));
    if (!w.hasBefore()) return html + muted(tr("No workflow analysis was written down."));
    const Window before = windowOf(w.beforeDate, dataFrom);
    const Window after = windowOf(w.afterDate, dataFrom);
    const QString afterDay = w.hasAfter() ? day(w.afterDate) : tr("not yet");
    QString rows = row({esc(tr("Step")), esc(tr("Risk before (%1)").arg(day(w.beforeDate))),
                        esc(tr("Risk after (%1)").arg(afterDay)),
                        esc(tr("Incidents before")) +
                            QStringLiteral("<br><span class='muted'>%1</span>").arg(esc(period(before))),
                        esc(tr("Incidents after")) +
                            QStringLiteral("<br><span class='muted'>%1</span>").arg(esc(period(after)))},
                       true);
    for (const services::StageComparison& stage : w.stages)
        rows += row({esc(domain::StartupLabels::stepLabel(stage.stage)), risk(stage.beforeRisk),
                     risk(stage.afterRisk), incidents(stage.beforeIncidents, before),
                     incidents(stage.afterIncidents, after)});
    html += ReportFormat::table(rows);
    html +=
        muted(tr("Incidents of the step's stage in the 12 months up to each analysis (from the programme's "
                 "start when it began later), and per month so that periods of different length compare. "
                 "Counts from 1 to 4 are shown as \"<5\"."));
    if (!w.hasAfter()) html += muted(tr("The analysis is repeated in phase 3 to show what changed."));
    return html;
}

QString PhaseReportSection::sustainHtml(const QList<services::SustainedChange>& sustained) {
    QString html = ReportFormat::heading(tr("Sustained measures"));
    if (sustained.isEmpty()) return html + muted(tr("No change has been adopted yet."));
    QString rows = row({esc(tr("Change")), esc(tr("Measure")), esc(tr("Status")),
                        esc(tr("Frozen centre line")), esc(tr("Frozen limits"))},
                       true);
    QStringList sentences;
    for (const services::SustainedChange& change : sustained) {
        if (change.measures.isEmpty()) {
            rows += row({esc(change.change.idea.title), QStringLiteral("–"),
                         esc(services::SustainedChanges::statusText(change.status)), QStringLiteral("–"),
                         QStringLiteral("–")});
            continue;
        }
        for (const services::SustainedMeasure& m : change.measures) {
            const QString unit = charts::MeasureChartSpec::unit(m.measure, m.frozen.chart.series.perEvent);
            const auto value = [&](const std::optional<double>& v) {
                return v ? esc(charts::ChartNumberFormat::withUnit(*v, unit)) : QStringLiteral("–");
            };
            QString limits = QStringLiteral("–");
            // A chart without limits (too little variation to estimate one) shows the period only.
            if (m.frozen.enough() && !m.frozen.lower && !m.frozen.upper)
                limits = QStringLiteral("–<br><span class='muted'>%1</span>").arg(esc(m.frozen.frozenText()));
            else if (m.frozen.enough())
                limits = QStringLiteral("%1 – %2<br><span class='muted'>%3</span>")
                             .arg(value(m.frozen.lower), value(m.frozen.upper), esc(m.frozen.frozenText()));
            rows += row({esc(change.change.idea.title) +
                             QStringLiteral("<br><span class='muted'>%1</span>")
                                 .arg(esc(tr("adopted %1").arg(day(change.change.adoptedOn)))),
                         esc(m.measure.name), esc(services::SustainedChanges::statusText(m.status)),
                         m.frozen.enough() ? value(m.frozen.centre) : QStringLiteral("–"), limits});
            if (!m.sentence.isEmpty()) sentences << m.sentence;
        }
    }
    html += ReportFormat::table(rows);
    for (const QString& sentence : sentences)
        html += QStringLiteral("<p>%1</p>").arg(esc(sentence));
    html += muted(tr("After a change is adopted, its measures get control limits from the first (at most 12) "
                     "months after adoption; a later month beyond a limit or a run on the wrong side of the "
                     "centre line means the change slips back."));
    return html;
}

QString PhaseReportSection::spreadHtml(const services::BotilbudSpread& spread,
                                       const services::SpreadMatrix& matrix) {
    QString html = ReportFormat::heading(tr("Spread of changes"));
    if (spread.exported.isEmpty() && spread.received.isEmpty())
        html += muted(tr("No change was sent to or received from another botilbud as a change package."));
    if (!spread.exported.isEmpty()) {
        QString rows = row({esc(tr("Change sent as a change package")), esc(tr("Status here"))}, true);
        for (const services::SpreadChangeLine& line : spread.exported)
            rows += row({esc(line.title), status(line.status)});
        html += ReportFormat::table(rows);
    }
    if (!spread.received.isEmpty()) {
        QString rows = row(
            {esc(tr("Change received")), esc(tr("From")), esc(tr("Received")), esc(tr("Status here"))}, true);
        for (const services::SpreadChangeLine& line : spread.received) {
            const QString from = line.originKommune.isEmpty()
                                     ? line.origin
                                     : QStringLiteral("%1, %2").arg(line.origin, line.originKommune);
            rows += row({esc(line.title), esc(from), esc(day(line.receivedOn)), status(line.status)});
        }
        html += ReportFormat::table(rows);
    }
    if (!matrix.columns.isEmpty()) html += matrixHtml(matrix);
    return html;
}

QString PhaseReportSection::matrixHtml(const services::SpreadMatrix& matrix) {
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(tr("Changes across the botilbud")));
    QStringList header{esc(tr("Change"))};
    for (const services::SpreadColumn& column : matrix.columns)
        header << esc(column.botilbud.name);
    QString rows = row(header, true);
    for (const services::SpreadRow& r : matrix.rows) {
        QStringList cells{esc(r.title)};
        for (const services::SpreadCell& cell : r.cells) {
            QString text = esc(SpreadStatusRule::symbol(cell.status));
            if (cell.plan)
                text +=
                    QStringLiteral("<br><span class='muted'>%1</span>")
                        .arg(esc(tr("planned %1")
                                     .arg(charts::ChartNumberFormat::monthName(cell.plan->plannedMonth))));
            cells << text;
        }
        rows += row(cells);
    }
    html += ReportFormat::table(rows);
    QStringList legend;
    for (services::SpreadStatus value :
         {services::SpreadStatus::Adopted, services::SpreadStatus::Testing, services::SpreadStatus::Abandoned,
          services::SpreadStatus::NotStarted})
        legend << SpreadStatusRule::symbol(value) + QLatin1Char(' ') + SpreadStatusRule::label(value);
    return html + muted(legend.join(QStringLiteral(" · ")));
}

} // namespace medsafe::report
