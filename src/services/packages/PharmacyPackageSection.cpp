#include "services/packages/PharmacyPackageSection.h"

#include "domain/EnumCodes.h"
#include "domain/pharmacy/PharmacyValidator.h"

#include <QJsonArray>
#include <algorithm>

namespace medsafe::services {

using namespace medsafe::domain;

namespace {

const QString kCompliant = QStringLiteral("compliant");
const QString kNotCompliant = QStringLiteral("notCompliant");
const QString kNotApplicable = QStringLiteral("notApplicable");
const QString kUnanswered = QStringLiteral("unanswered");

QJsonValue dateValue(const QDate& date) {
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

void putCounts(QJsonObject& object, const ComplianceCount& c) {
    object.insert(kCompliant, c.compliant);
    object.insert(kNotCompliant, c.notCompliant);
    object.insert(kNotApplicable, c.notApplicable);
    object.insert(kUnanswered, c.unanswered);
}

QJsonObject visitJson(const ReportVisit& visit) {
    QJsonObject overall;
    putCounts(overall, visit.overall);
    QJsonArray areas;
    for (const AreaCompliance& a : visit.byArea) {
        QJsonObject area{{QStringLiteral("area"), toCode(a.area)}};
        putCounts(area, a.count);
        areas.append(area);
    }
    return {{QStringLiteral("date"), dateValue(visit.date)},
            {QStringLiteral("overall"), overall},
            {QStringLiteral("byArea"), areas}};
}

QJsonArray questionsJson(const QList<QuestionCategoryCount>& counts) {
    QJsonArray out;
    for (const QuestionCategoryCount& c : counts)
        out.append(QJsonObject{{QStringLiteral("category"), toCode(c.category)},
                               {QStringLiteral("count"), c.count}});
    return out;
}

// A problem with how the section's figures fit together (the field-level checks are PackageJson's).
void failSection(PackageJson& json, const QString& technical, const QString& detail) {
    json.fail(QStringLiteral("package pharmacy section: %1").arg(technical), PackageJson::damaged(detail));
}

ComplianceCount readCounts(PackageJson& json) {
    ComplianceCount c;
    c.compliant = json.integer(kCompliant, 0, PharmacyPackageSection::kMaxCount);
    c.notCompliant = json.integer(kNotCompliant, 0, PharmacyPackageSection::kMaxCount);
    c.notApplicable = json.integer(kNotApplicable, 0, PharmacyPackageSection::kMaxCount);
    c.unanswered = json.integer(kUnanswered, 0, PharmacyPackageSection::kMaxCount);
    return c;
}

void requireInMonth(PackageJson& json, const QString& key, const QDate& day, const QDate& monthEnd) {
    if (json.ok() && day.isValid() && day > monthEnd)
        failSection(json, QStringLiteral("%1 is after the month").arg(json.pathOf(key)),
                    PharmacyPackageSection::tr("the date in %1 is after the end of the report's month.")
                        .arg(json.pathOf(key)));
}

ReportVisit readVisit(PackageJson json, const QDate& monthEnd) {
    ReportVisit visit;
    visit.date = json.date(QStringLiteral("date"));
    requireInMonth(json, QStringLiteral("date"), visit.date, monthEnd);
    PackageJson overall = json.child(QStringLiteral("overall"));
    visit.overall = readCounts(overall);
    ComplianceCount sum;
    for (PackageJson row : json.children(QStringLiteral("byArea"))) {
        const QaArea area = row.code(QStringLiteral("area"), QaArea::Storage);
        const ComplianceCount count = readCounts(row);
        if (!row.ok()) break;
        const bool twice = std::any_of(visit.byArea.cbegin(), visit.byArea.cend(),
                                       [area](const AreaCompliance& a) { return a.area == area; });
        if (twice) {
            failSection(row, QStringLiteral("area %1 twice in %2").arg(toCode(area), row.path()),
                        PharmacyPackageSection::tr("the list %1 names \"%2\" more than once.")
                            .arg(json.pathOf(QStringLiteral("byArea")), toCode(area)));
            break;
        }
        visit.byArea.append({area, count});
        sum.compliant += count.compliant;
        sum.notCompliant += count.notCompliant;
        sum.notApplicable += count.notApplicable;
        sum.unanswered += count.unanswered;
    }
    // Every checklist item has one area, so the areas add up to the visit exactly.
    if (json.ok() && sum != visit.overall)
        failSection(json, QStringLiteral("%1 does not add up").arg(json.pathOf(QStringLiteral("byArea"))),
                    PharmacyPackageSection::tr("the counts in %1 do not add up to those in %2.")
                        .arg(json.pathOf(QStringLiteral("byArea")), json.pathOf(QStringLiteral("overall"))));
    return visit;
}

ReportFinding readFinding(PackageJson json, const QDate& monthEnd) {
    ReportFinding f;
    f.area = json.code(QStringLiteral("area"), QaArea::Storage);
    f.item = json.nonEmptyText(QStringLiteral("item"));
    f.severity = json.code(QStringLiteral("severity"), FindingSeverity::Medium);
    f.visitDate = json.date(QStringLiteral("visitDate"));
    requireInMonth(json, QStringLiteral("visitDate"), f.visitDate, monthEnd);
    f.dueDate = json.optDate(QStringLiteral("dueDate"));
    if (json.ok() && f.dueDate.isValid() && f.dueDate < f.visitDate)
        failSection(json, QStringLiteral("%1 before the visit").arg(json.pathOf(QStringLiteral("dueDate"))),
                    PharmacyPackageSection::tr("the deadline in %1 is before the visit.")
                        .arg(json.pathOf(QStringLiteral("dueDate"))));
    f.status = json.code(QStringLiteral("status"), FindingStatus::Open);
    if (json.ok() && f.status == FindingStatus::Closed)
        failSection(
            json, QStringLiteral("%1 is closed").arg(json.pathOf(QStringLiteral("status"))),
            PharmacyPackageSection::tr("the finding in %1 is closed, but the list holds only open findings.")
                .arg(json.path()));
    return f;
}

QList<QuestionCategoryCount> readQuestions(PackageJson& json, const QString& key) {
    QList<QuestionCategoryCount> counts;
    for (PackageJson row : json.children(key)) {
        const QuestionCategory category = row.code(QStringLiteral("category"), QuestionCategory::Other);
        const int count = row.integer(QStringLiteral("count"), 0, PharmacyPackageSection::kMaxCount);
        if (!row.ok()) break;
        const bool twice =
            std::any_of(counts.cbegin(), counts.cend(),
                        [category](const QuestionCategoryCount& c) { return c.category == category; });
        if (twice) {
            failSection(row, QStringLiteral("category %1 twice in %2").arg(toCode(category), row.path()),
                        PharmacyPackageSection::tr("the list %1 names \"%2\" more than once.")
                            .arg(json.pathOf(key), toCode(category)));
            break;
        }
        counts.append({category, count});
    }
    // Every category is written, zero counts included, so a shorter list has lost some.
    if (json.ok() && counts.size() != allValues<QuestionCategory>().size())
        failSection(json, QStringLiteral("%1 lacks categories").arg(json.pathOf(key)),
                    PharmacyPackageSection::tr("the list %1 must name every question category once.")
                        .arg(json.pathOf(key)));
    return counts;
}

int readChanges(PackageJson& json, const QString& key, const QList<QuestionCategoryCount>& questions,
                const QString& questionsKey) {
    const int changes = json.integer(key, 0, PharmacyPackageSection::kMaxCount);
    const int asked = PharmacySummary::total(questions);
    if (json.ok() && changes > asked)
        failSection(
            json,
            QStringLiteral("%1 = %2 exceeds %3 questions").arg(json.pathOf(key)).arg(changes).arg(asked),
            PharmacyPackageSection::tr("the field %1 is %2, more than the %3 questions in %4.")
                .arg(json.pathOf(key))
                .arg(changes)
                .arg(asked)
                .arg(json.pathOf(questionsKey)));
    return changes;
}

} // namespace

QJsonObject PharmacyPackageSection::write(const PharmacySummary& s) {
    QJsonValue agreement(QJsonValue::Null);
    if (s.agreement)
        agreement = QJsonObject{{QStringLiteral("pharmacyName"), s.agreement->pharmacyName},
                                {QStringLiteral("visitsPerYear"), s.agreement->visitsPerYear}};
    QJsonArray findings;
    for (const ReportFinding& f : s.openFindings)
        findings.append(QJsonObject{{QStringLiteral("area"), toCode(f.area)},
                                    {QStringLiteral("item"), f.item},
                                    {QStringLiteral("severity"), toCode(f.severity)},
                                    {QStringLiteral("visitDate"), dateValue(f.visitDate)},
                                    {QStringLiteral("dueDate"), dateValue(f.dueDate)},
                                    {QStringLiteral("status"), toCode(f.status)}});
    return {{QStringLiteral("agreement"), agreement},
            {QStringLiteral("visitsInMonth"), s.visitsInMonth},
            {QStringLiteral("latestVisit"),
             s.latestVisit ? QJsonValue(visitJson(*s.latestVisit)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("openFindings"), findings},
            {QStringLiteral("questionsInMonth"), questionsJson(s.questionsInMonth)},
            {QStringLiteral("questionsSoFar"), questionsJson(s.questionsSoFar)},
            {QStringLiteral("procedureChangesInMonth"), s.procedureChangesInMonth},
            {QStringLiteral("procedureChangesSoFar"), s.procedureChangesSoFar}};
}

PharmacySummary PharmacyPackageSection::read(PackageJson json, const QDate& month) {
    const QDate monthEnd = month.addMonths(1).addDays(-1);
    PharmacySummary s;
    if (!json.isNull(QStringLiteral("agreement"))) {
        PackageJson agreement = json.child(QStringLiteral("agreement"));
        s.agreement = ReportAgreement{
            agreement.nonEmptyText(QStringLiteral("pharmacyName")),
            agreement.integer(QStringLiteral("visitsPerYear"), 0, PharmacyValidator::kMaxVisitsPerYear)};
    }
    s.visitsInMonth = json.integer(QStringLiteral("visitsInMonth"), 0, kMaxCount);
    if (!json.isNull(QStringLiteral("latestVisit")))
        s.latestVisit = readVisit(json.child(QStringLiteral("latestVisit")), monthEnd);
    // Visits in the month exactly when the latest visit by the month's end lies in the month.
    const bool latestInMonth = s.latestVisit && s.latestVisit->date >= month;
    if (json.ok() && (s.visitsInMonth > 0) != latestInMonth)
        failSection(json,
                    QStringLiteral("visitsInMonth = %1 disagrees with latestVisit").arg(s.visitsInMonth),
                    tr("the field %1 does not agree with the date in %2.")
                        .arg(json.pathOf(QStringLiteral("visitsInMonth")),
                             json.pathOf(QStringLiteral("latestVisit"))));
    for (PackageJson finding : json.children(QStringLiteral("openFindings")))
        s.openFindings.append(readFinding(finding, monthEnd));
    s.questionsInMonth = readQuestions(json, QStringLiteral("questionsInMonth"));
    s.questionsSoFar = readQuestions(json, QStringLiteral("questionsSoFar"));
    s.procedureChangesInMonth = readChanges(json, QStringLiteral("procedureChangesInMonth"),
                                            s.questionsInMonth, QStringLiteral("questionsInMonth"));
    s.procedureChangesSoFar = readChanges(json, QStringLiteral("procedureChangesSoFar"), s.questionsSoFar,
                                          QStringLiteral("questionsSoFar"));
    return s;
}

} // namespace medsafe::services
