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

QString replaceNames(QString text, const QStringList& parts, int& replaced) {
    for (const QString& part : parts) {
        // Whole words only: letters around the match mean another word ("Per" in "Perle").
        const QRegularExpression word(QStringLiteral(R"((?<![\p{L}])%1(?![\p{L}]))")
                                          .arg(QRegularExpression::escape(part)),
                                      QRegularExpression::CaseInsensitiveOption |
                                          QRegularExpression::UseUnicodePropertiesOption);
        auto it = word.globalMatch(text);
        int count = 0;
        while (it.hasNext()) {
            it.next();
            ++count;
        }
        if (count == 0) continue;
        text.replace(word, ReportAnonymiser::namePlaceholder());
        replaced += count;
    }
    return text;
}

QString replaceCpr(QString text, int& replaced) {
    static const QRegularExpression kCandidate(QStringLiteral(R"((?<!\d)(\d{6})-?(\d{4})(?!\d))"));
    QString out;
    qsizetype from = 0;
    auto it = kCandidate.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        const QString digits = match.captured(1) + match.captured(2);
        if (!domain::CprDetector::birthDate(digits).isValid()) continue;
        out += text.mid(from, match.capturedStart() - from) + ReportAnonymiser::cprPlaceholder();
        from = match.capturedEnd();
        ++replaced;
    }
    if (from == 0) return text;
    return out + text.mid(from);
}

void stripCycle(domain::PdsaCycle& cycle, const QList<domain::Person>& staff) {
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
        *text = ReportAnonymiser::redact(*text, staff);
}
} // namespace

QString ReportAnonymiser::namePlaceholder() { return tr("[name]"); }
QString ReportAnonymiser::cprPlaceholder() { return tr("[CPR number]"); }

QString ReportAnonymiser::redact(const QString& text, const QList<domain::Person>& staff, int* replaced) {
    int count = 0;
    QString out = replaceCpr(text, count);
    if (!staff.isEmpty() && !out.isEmpty()) out = replaceNames(out, nameParts(staff), count);
    if (replaced) *replaced = count;
    return out;
}

MonthlyReportContent ReportAnonymiser::forSharing(MonthlyReportContent content,
                                                  const QList<domain::Person>& staff) {
    SmallCountSuppression::apply(content.incidents);
    for (domain::PdsaCycle& cycle : content.cycles)
        stripCycle(cycle, staff);
    for (domain::ChangeIdea& idea : content.changeIdeas) {
        idea.title = redact(idea.title, staff);
        idea.description.clear();
    }
    for (domain::ChecklistItem& item : content.checklist)
        item.note.clear();
    for (ReportEvent& event : content.events)
        event.title = redact(event.title, staff);
    for (MeasureChart& chart : content.charts) {
        chart.measure.operationalDefinition = redact(chart.measure.operationalDefinition, staff);
        for (domain::ExcludedPeriod& period : chart.measure.chartSettings.exclusions)
            period.reason = redact(period.reason, staff);
        for (MeasurePoint& point : chart.series.points)
            point.exclusionReason = redact(point.exclusionReason, staff);
        for (QString& reason : chart.request.exclusionReasons)
            reason = redact(reason, staff);
    }
    domain::MonthlyReport& report = content.report;
    for (QString* text : {&report.wentWell, &report.barriers, &report.supportNeeded, &report.planNextMonth,
                          &report.consultantFeedback})
        *text = redact(*text, staff);
    return content;
}

} // namespace medsafe::services
