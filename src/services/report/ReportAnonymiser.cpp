#include "services/report/ReportAnonymiser.h"

#include "domain/CprDetector.h"
#include "services/incidents/StaffNameGuard.h"
#include "services/report/SmallCountSuppression.h"

#include <QRegularExpression>
#include <algorithm>

namespace medsafe::services {

namespace {
// Name parts worth matching: the same rule as StaffNameGuard (three letters or more).
QStringList nameParts(const QList<domain::Person>& staff) {
    static const QRegularExpression kSpace(QStringLiteral(R"(\s+)"));
    QStringList parts;
    for (const domain::Person& person : staff) {
        for (const QString& part : person.name.split(kSpace, Qt::SkipEmptyParts)) {
            if (part.size() >= StaffNameGuard::kMinimumWordLength && !parts.contains(part, Qt::CaseInsensitive))
                parts << part;
        }
    }
    // Longest first, so "Anne-Marie" is replaced before "Anne".
    std::sort(parts.begin(), parts.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return parts;
}

// One pattern for every name part (longest first, so "Anne-Marie" wins over "Anne"), compiled
// once per report: a pattern per name and text made a 100-botilbud run spend a third of its
// time compiling regular expressions.
QRegularExpression namePattern(const QList<domain::Person>& staff) {
    const QStringList parts = nameParts(staff);
    if (parts.isEmpty()) return {};
    QStringList escaped;
    for (const QString& part : parts)
        escaped << QRegularExpression::escape(part);
    // Whole words only: letters around the match mean another word ("Per" in "Perle").
    QRegularExpression pattern(QStringLiteral(R"((?<![\p{L}])(?:%1)(?![\p{L}]))").arg(escaped.join(QLatin1Char('|'))),
                               QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    pattern.optimize();
    return pattern;
}

QString replaceNames(const QString& text, const QRegularExpression& pattern, int& replaced) {
    if (pattern.pattern().isEmpty() || text.isEmpty()) return text;
    QString out;
    qsizetype from = 0;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        out += text.mid(from, match.capturedStart() - from) + ReportAnonymiser::namePlaceholder();
        from = match.capturedEnd();
        ++replaced;
    }
    if (from == 0) return text;
    return out + text.mid(from);
}

// The spans come from the one CPR detector, so what the guards refuse is what is replaced here.
QString replaceCpr(const QString& text, int& replaced) {
    const auto spans = domain::CprDetector::find(text);
    if (spans.isEmpty()) return text;
    QString out;
    qsizetype from = 0;
    for (const auto& span : spans) {
        out += text.mid(from, span.start - from) + ReportAnonymiser::cprPlaceholder();
        from = span.start + span.length;
        ++replaced;
    }
    return out + text.mid(from);
}

QString redactWith(const QString& text, const QRegularExpression& names) {
    int count = 0;
    return replaceNames(replaceCpr(text, count), names, count);
}

void stripCycle(domain::PdsaCycle& cycle, const QRegularExpression& names) {
    cycle.responsibleId.reset();
    cycle.planWhat.clear();
    cycle.planWho.clear();
    cycle.planWhere.clear();
    cycle.planWhen.clear();
    cycle.dataPlan.clear();
    cycle.doWhatHappened.clear();
    cycle.doProblems.clear();
    cycle.doPlanChanges.clear();
    cycle.doObservations.clear();
    for (QString* text : {&cycle.title, &cycle.question, &cycle.prediction, &cycle.studyResult,
                          &cycle.studyLearning, &cycle.nextStep})
        *text = redactWith(*text, names);
}
} // namespace

QString ReportAnonymiser::namePlaceholder() { return tr("[name]"); }
QString ReportAnonymiser::cprPlaceholder() { return tr("[CPR number]"); }

QString ReportAnonymiser::redact(const QString& text, const QList<domain::Person>& staff, int* replaced) {
    int count = 0;
    const QString out = replaceNames(replaceCpr(text, count), namePattern(staff), count);
    if (replaced) *replaced = count;
    return out;
}

MonthlyReportContent ReportAnonymiser::forSharing(MonthlyReportContent content,
                                                  const QList<domain::Person>& staff) {
    SmallCountSuppression::apply(content.incidents);
    const QRegularExpression names = namePattern(staff);
    const auto redact = [&names](const QString& text) { return redactWith(text, names); };
    for (domain::PdsaCycle& cycle : content.cycles)
        stripCycle(cycle, names);
    for (domain::ChangeIdea& idea : content.changeIdeas) {
        idea.title = redact(idea.title);
        idea.description.clear();
    }
    for (domain::ChecklistItem& item : content.checklist)
        item.note.clear();
    for (ReportEvent& event : content.events)
        event.title = redact(event.title);
    for (MeasureChart& chart : content.charts) {
        chart.measure.operationalDefinition = redact(chart.measure.operationalDefinition);
        for (domain::ExcludedPeriod& period : chart.measure.chartSettings.exclusions)
            period.reason = redact(period.reason);
        for (MeasurePoint& point : chart.series.points)
            point.exclusionReason = redact(point.exclusionReason);
        for (QString& reason : chart.request.exclusionReasons)
            reason = redact(reason);
    }
    if (content.pharmacy) {
        if (content.pharmacy->agreement)
            content.pharmacy->agreement->pharmacyName = redact(content.pharmacy->agreement->pharmacyName);
        for (ReportFinding& finding : content.pharmacy->openFindings)
            finding.item = redact(finding.item);
    }
    domain::MonthlyReport& report = content.report;
    for (QString* text : {&report.wentWell, &report.barriers, &report.supportNeeded, &report.planNextMonth,
                          &report.consultantFeedback})
        *text = redact(*text);
    return content;
}

FinalEvaluationContent ReportAnonymiser::forSharing(FinalEvaluationContent content,
                                                    const QList<domain::Person>& staff) {
    const QRegularExpression names = namePattern(staff);
    const auto redact = [&names](const QString& text) { return redactWith(text, names); };
    for (PhaseIncidents& phase : content.incidentsByPhase)
        phase.count = SmallCountSuppression::suppress(phase.count);
    for (domain::Aim& aim : content.aims) {
        for (QString* text : {&aim.statement, &aim.whatToAccomplish, &aim.howWillWeKnow, &aim.whatChanges})
            *text = redact(*text);
    }
    for (domain::PdsaCycle& cycle : content.cycles)
        stripCycle(cycle, names);
    for (domain::ChangeIdea& idea : content.changeIdeas) {
        idea.title = redact(idea.title);
        idea.description = redact(idea.description);
    }
    for (MeasureChart& chart : content.charts) {
        chart.measure.operationalDefinition = redact(chart.measure.operationalDefinition);
        for (QString& reason : chart.request.exclusionReasons)
            reason = redact(reason);
    }
    if (content.pharmacy.agreement)
        content.pharmacy.agreement->pharmacyName = redact(content.pharmacy.agreement->pharmacyName);
    for (domain::MonthlyReport& report : content.reports) {
        for (QString* text : {&report.wentWell, &report.barriers, &report.supportNeeded, &report.planNextMonth,
                              &report.consultantFeedback})
            *text = redact(*text);
    }
    return content;
}

} // namespace medsafe::services
