#include "report/PharmacyReportSection.h"

#include "charts/ChartNumberFormat.h"
#include "domain/pharmacy/PharmacyLabels.h"
#include "report/ReportFormat.h"

#include <cmath>

namespace medsafe::report {

using services::ComplianceCount;
using services::PharmacyProgrammeSummary;
using services::PharmacySummary;

namespace {
QString esc(const QString& text) {
    return text.toHtmlEscaped();
}
QString h2(const QString& text) {
    return ReportFormat::heading(text);
}
QString h3(const QString& text) {
    return QStringLiteral("<h3>%1</h3>").arg(esc(text));
}
QString para(const QString& text) {
    return QStringLiteral("<p>%1</p>").arg(esc(text));
}
QString muted(const QString& text) {
    return QStringLiteral("<p class='muted'>%1</p>").arg(esc(text));
}
QString row(const QStringList& cells, bool header = false) {
    return ReportFormat::tableRow(cells, header);
}
QString table(const QString& rows) {
    return ReportFormat::table(rows);
}
QString day(const QDate& date) {
    return charts::ChartNumberFormat::day(date);
}
} // namespace

QString PharmacyReportSection::share(const ComplianceCount& count) {
    const auto value = count.share();
    if (!value) return QStringLiteral("–");
    // Whole percent: the counts stand beside it, and "81,8 %" of eleven points claims too much.
    return charts::ChartNumberFormat::withUnit(std::round(*value * 100), QStringLiteral("%"));
}

QString PharmacyReportSection::agreementHtml(const std::optional<services::ReportAgreement>& agreement,
                                             const QString& none) {
    if (!agreement) return muted(none);
    if (agreement->visitsPerYear == 0) return para(tr("Pharmacy agreement: %1").arg(agreement->pharmacyName));
    return para(
        tr("Pharmacy agreement: %1 (%n quality-assurance visit(s) a year)", nullptr, agreement->visitsPerYear)
            .arg(agreement->pharmacyName));
}

QString PharmacyReportSection::latestVisitHtml(const PharmacySummary& s) {
    if (!s.latestVisit) return muted(tr("No quality-assurance visit by the end of the month."));
    const services::ReportVisit& visit = *s.latestVisit;
    QString html = para(tr("Latest visit: %1").arg(day(visit.date)));
    QString rows = row({esc(tr("Area")), esc(tr("Points that applied")), esc(tr("Not complied with")),
                        esc(tr("Share of points complied with"))},
                       true);
    const auto line = [](const QString& name, const ComplianceCount& c) {
        return row(
            {esc(name), QString::number(c.applicable()), QString::number(c.notCompliant), esc(share(c))});
    };
    for (const services::AreaCompliance& area : visit.byArea)
        rows += line(domain::PharmacyLabels::label(area.area), area.count);
    rows += line(tr("All areas"), visit.overall);
    html += table(rows);
    html += muted(
        tr("%n point(s) not complied with at the latest visit. Points not answered or not applicable are "
           "left out of the share.",
           nullptr, visit.overall.notCompliant));
    return html;
}

QString PharmacyReportSection::findingsHtml(const PharmacySummary& s, const QDate& monthEnd) {
    QString html = h3(tr("Open findings"));
    if (s.openFindings.isEmpty()) return html + muted(tr("No open findings at the end of the month."));
    html += para(tr("%n open finding(s) at the end of the month, %1 past the deadline.", nullptr,
                    static_cast<int>(s.openFindings.size()))
                     .arg(s.overdueOn(monthEnd)));
    QString rows = row({esc(tr("Area")), esc(tr("Checklist item")), esc(tr("Severity")), esc(tr("Deadline")),
                        esc(tr("Status"))},
                       true);
    for (const services::ReportFinding& f : s.openFindings) {
        QString status = domain::PharmacyLabels::label(f.status);
        if (f.isOverdue(monthEnd)) status = tr("%1, past the deadline").arg(status);
        rows += row({esc(domain::PharmacyLabels::label(f.area)), esc(f.item),
                     esc(domain::PharmacyLabels::label(f.severity)),
                     f.dueDate.isValid() ? esc(day(f.dueDate)) : QStringLiteral("–"), esc(status)});
    }
    return html + table(rows);
}

QString PharmacyReportSection::questionsHtml(const PharmacySummary& s) {
    QString html = h3(tr("Questions to the pharmacy"));
    if (PharmacySummary::total(s.questionsSoFar) == 0 && PharmacySummary::total(s.questionsInMonth) == 0)
        return html + muted(tr("No questions to the pharmacy are logged yet."));
    QString rows = row({esc(tr("Category")), esc(tr("This month")), esc(tr("The programme so far"))}, true);
    // The two lists come in category order with every category; matched by category all the same.
    for (const services::QuestionCategoryCount& soFar : s.questionsSoFar) {
        int inMonth = 0;
        for (const services::QuestionCategoryCount& m : s.questionsInMonth)
            if (m.category == soFar.category) inMonth = m.count;
        rows += row({esc(domain::PharmacyLabels::label(soFar.category)), QString::number(inMonth),
                     QString::number(soFar.count)});
    }
    rows += row({esc(tr("All questions")), QString::number(PharmacySummary::total(s.questionsInMonth)),
                 QString::number(PharmacySummary::total(s.questionsSoFar))});
    html += table(rows);
    return html + para(tr("Led to a changed procedure: %1 this month, %2 so far.")
                           .arg(s.procedureChangesInMonth)
                           .arg(s.procedureChangesSoFar));
}

QString PharmacyReportSection::monthlyHtml(const services::MonthlyReportContent& content) {
    if (!content.pharmacy) return {};
    const PharmacySummary& s = *content.pharmacy;
    QString html = h2(tr("The pharmacy's work"));
    if (s.isEmpty())
        return html +
               muted(tr("No pharmacy agreement, quality-assurance visits or questions to the pharmacy are "
                        "registered."));
    html += agreementHtml(s.agreement, tr("No pharmacy agreement in force this month."));
    html += h3(tr("Quality assurance"));
    html += para(tr("Quality-assurance visits this month: %1").arg(s.visitsInMonth));
    html += latestVisitHtml(s);
    html += findingsHtml(s, content.monthEnd());
    return html + questionsHtml(s);
}

QString PharmacyReportSection::visitsHtml(const PharmacyProgrammeSummary& s) {
    QString html = h3(tr("Quality-assurance visits"));
    if (s.visits.isEmpty())
        return html + muted(tr("No quality-assurance visit was registered during the programme."));
    QString rows = row({esc(tr("Visit")), esc(tr("Points that applied")), esc(tr("Not complied with")),
                        esc(tr("Share of points complied with"))},
                       true);
    for (const services::ReportVisit& visit : s.visits)
        rows += row({esc(day(visit.date)), QString::number(visit.overall.applicable()),
                     QString::number(visit.overall.notCompliant), esc(share(visit.overall))});
    html += table(rows);
    return html + para(tr("Findings: %1 opened, %2 closed, %3 still open at the end (%4 past the deadline).")
                           .arg(s.findingsOpened)
                           .arg(s.findingsClosed)
                           .arg(s.findingsStillOpen())
                           .arg(s.findingsOverdue));
}

QString PharmacyReportSection::programmeHtml(const PharmacyProgrammeSummary& s) {
    QString html = h2(tr("The pharmacy's work"));
    if (s.isEmpty())
        return html +
               muted(tr("No pharmacy agreement, quality-assurance visits or questions to the pharmacy were "
                        "registered during the programme."));
    html += agreementHtml(s.agreement, tr("No pharmacy agreement was in force during the programme."));
    html += visitsHtml(s);
    html += h3(tr("Questions to the pharmacy"));
    if (PharmacySummary::total(s.questions) == 0)
        return html + muted(tr("No questions to the pharmacy were logged during the programme."));
    QString rows = row({esc(tr("Category")), esc(tr("Number"))}, true);
    for (const services::QuestionCategoryCount& c : s.questions)
        rows += row({esc(domain::PharmacyLabels::label(c.category)), QString::number(c.count)});
    rows += row({esc(tr("All questions")), QString::number(PharmacySummary::total(s.questions))});
    html += table(rows);
    return html + para(tr("Led to a changed procedure: %1.").arg(s.procedureChanges));
}

} // namespace medsafe::report
