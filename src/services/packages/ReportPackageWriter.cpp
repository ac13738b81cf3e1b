#include "services/packages/ReportPackageWriter.h"

#include "domain/EnumCodes.h"
#include "services/packages/PackageFormat.h"
#include "services/packages/PharmacyPackageSection.h"

#include <QJsonArray>

namespace medsafe::services {

using namespace medsafe::domain;

namespace {

QJsonValue dateValue(const QDate& date) {
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

template <typename T> QJsonValue optionalValue(const std::optional<T>& value) {
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

template <typename Tag> QJsonValue idValue(const std::optional<Id<Tag>>& id) {
    return id ? QJsonValue(static_cast<double>(id->value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue countValue(const ReportCount& count) {
    // A count of 1-4 could point to a person; never write it, whatever the caller forgot.
    if (count.suppressed || (count.value > 0 && count.value < 5)) return PackageFormat::suppressedCount();
    return count.value;
}

QString progressStateCode(ProgrammeProgress::State state) {
    switch (state) {
    case ProgrammeProgress::State::NotStarted:
        return QStringLiteral("not_started");
    case ProgrammeProgress::State::Running:
        return QStringLiteral("running");
    case ProgrammeProgress::State::Ended:
        return QStringLiteral("ended");
    case ProgrammeProgress::State::NoProgramme:
        break;
    }
    return QStringLiteral("no_programme");
}

QJsonObject progressJson(const ProgrammeProgress& p) {
    return {{QStringLiteral("state"), progressStateCode(p.state)},
            {QStringLiteral("phase"), p.phase},
            {QStringLiteral("month"), p.month},
            {QStringLiteral("months"), p.months},
            {QStringLiteral("start"), dateValue(p.start)},
            {QStringLiteral("end"), dateValue(p.end)}};
}

QJsonObject measureJson(const MeasureChart& chart) {
    const Measure& m = chart.measure;
    QJsonArray splits;
    for (const QDate& split : m.chartSettings.splitDates)
        splits.append(split.toString(Qt::ISODate));
    QJsonArray exclusions;
    for (const ExcludedPeriod& e : m.chartSettings.exclusions)
        exclusions.append(QJsonObject{{QStringLiteral("period"), dateValue(e.period)},
                                      {QStringLiteral("reason"), e.reason}});
    QJsonArray points;
    for (const MeasurePoint& p : chart.series.points)
        points.append(QJsonObject{{QStringLiteral("date"), dateValue(p.date)},
                                  {QStringLiteral("numerator"), optionalValue(p.numerator)},
                                  {QStringLiteral("denominator"), optionalValue(p.denominator)},
                                  {QStringLiteral("baseline"), p.baseline},
                                  {QStringLiteral("excluded"), p.excluded},
                                  {QStringLiteral("reason"), p.exclusionReason}});
    return {
        {QStringLiteral("id"), static_cast<double>(m.id.value)},
        {QStringLiteral("name"), m.name},
        {QStringLiteral("kind"), toCode(m.kind)},
        {QStringLiteral("type"), toCode(m.type)},
        {QStringLiteral("direction"), toCode(m.direction)},
        {QStringLiteral("target"), optionalValue(m.target)},
        {QStringLiteral("rateMultiplier"), m.rateMultiplier},
        {QStringLiteral("operationalDefinition"), m.operationalDefinition},
        {QStringLiteral("numeratorDefinition"), m.numeratorDefinition},
        {QStringLiteral("denominatorDefinition"), m.denominatorDefinition},
        {QStringLiteral("derivedFromIncidents"), m.derivedFromIncidents},
        {QStringLiteral("defaultChart"), toCode(m.defaultChart)},
        {QStringLiteral("chartType"), toCode(chart.request.chart)},
        {QStringLiteral("chartSettings"),
         QJsonObject{{QStringLiteral("freezeEnd"), dateValue(m.chartSettings.freezeEnd)},
                     {QStringLiteral("splits"), splits},
                     {QStringLiteral("exclusions"), exclusions}}},
        {QStringLiteral("series"), QJsonObject{{QStringLiteral("perEvent"), chart.series.perEvent},
                                               {QStringLiteral("points"), points}}},
    };
}

// Only the fields a report shows: never responsibleId, Plan who/what/where/when, the data
// plan or the Do notes, which is where names of staff and residents are written.
QJsonObject cycleJson(const PdsaCycle& c) {
    QJsonArray measures;
    for (MeasureId id : c.measureIds)
        measures.append(static_cast<double>(id.value));
    return {
        {QStringLiteral("id"), static_cast<double>(c.id.value)},
        {QStringLiteral("number"), c.number},
        {QStringLiteral("title"), c.title},
        {QStringLiteral("changeIdeaId"), idValue(c.changeIdeaId)},
        {QStringLiteral("parentId"), idValue(c.parentId)},
        {QStringLiteral("measureIds"), measures},
        {QStringLiteral("status"), toCode(c.status)},
        {QStringLiteral("startDate"), dateValue(c.startDate)},
        {QStringLiteral("endDate"), dateValue(c.endDate)},
        {QStringLiteral("decision"),
         c.decision ? QJsonValue(toCode(*c.decision)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("question"), c.question},
        {QStringLiteral("prediction"), c.prediction},
        {QStringLiteral("studyResult"), c.studyResult},
        {QStringLiteral("studyLearning"), c.studyLearning},
        {QStringLiteral("nextStep"), c.nextStep},
    };
}

QJsonArray countRows(const QList<ReportCountRow>& rows) {
    QJsonArray out;
    for (const ReportCountRow& row : rows)
        out.append(QJsonObject{{QStringLiteral("code"), row.code},
                               {QStringLiteral("count"), countValue(row.count)}});
    return out;
}

// Counts and taxonomy codes only: the incident summary has no text, and must not get one.
QJsonObject incidentsJson(const ReportIncidentSummary& s) {
    return {{QStringLiteral("total"), countValue(s.total)},
            {QStringLiteral("reachedCitizen"), countValue(s.reachedCitizen)},
            {QStringLiteral("byStage"), countRows(s.byStage)},
            {QStringLiteral("byConsequence"), countRows(s.byConsequence)},
            {QStringLiteral("daysSinceLastError"), optionalValue(s.daysSinceLastError)}};
}

QJsonObject reportJson(const MonthlyReport& r) {
    return {{QStringLiteral("status"), toCode(r.status)},
            {QStringLiteral("selfScore"), optionalValue(r.selfScore)},
            {QStringLiteral("wentWell"), r.wentWell},
            {QStringLiteral("barriers"), r.barriers},
            {QStringLiteral("supportNeeded"), r.supportNeeded},
            {QStringLiteral("planNextMonth"), r.planNextMonth},
            {QStringLiteral("sentDate"), dateValue(r.sentDate)},
            {QStringLiteral("consultantFeedback"), r.consultantFeedback},
            {QStringLiteral("feedbackDate"), dateValue(r.feedbackDate)}};
}

} // namespace

QJsonObject ReportPackageWriter::contentJson(const MonthlyReportContent& content) {
    QJsonArray checklist;
    for (const ChecklistItem& item : content.checklist)
        checklist.append(QJsonObject{{QStringLiteral("kind"), toCode(item.kind)},
                                     {QStringLiteral("doneDate"), dateValue(item.doneDate)}});
    QJsonArray events;
    for (const ReportEvent& e : content.events)
        events.append(QJsonObject{{QStringLiteral("kind"), toCode(e.kind)},
                                  {QStringLiteral("number"), optionalValue(e.number)},
                                  {QStringLiteral("date"), dateValue(e.date)},
                                  {QStringLiteral("title"), e.title},
                                  {QStringLiteral("done"), e.done}});
    QJsonArray measures;
    for (const MeasureChart& chart : content.charts)
        measures.append(measureJson(chart));
    QJsonArray cycles;
    for (const PdsaCycle& cycle : content.cycles)
        cycles.append(cycleJson(cycle));
    QJsonArray ideas;
    for (const ChangeIdea& idea : content.changeIdeas)
        ideas.append(QJsonObject{{QStringLiteral("id"), static_cast<double>(idea.id.value)},
                                 {QStringLiteral("title"), idea.title},
                                 // Issue 16: the key the idea travels under between botilbud, so
                                 // the consultant's spread matrix recognises the same change.
                                 {QStringLiteral("spreadKey"), idea.spreadKey}});
    return {{QStringLiteral("progress"), progressJson(content.progress)},
            {QStringLiteral("checklist"), checklist},
            {QStringLiteral("events"), events},
            {QStringLiteral("measures"), measures},
            {QStringLiteral("pdsaCycles"), cycles},
            {QStringLiteral("changeIdeas"), ideas},
            {QStringLiteral("incidents"), incidentsJson(content.incidents)},
            // null only for content without the section (read from a version-2 package).
            {QStringLiteral("pharmacy"), content.pharmacy
                                             ? QJsonValue(PharmacyPackageSection::write(*content.pharmacy))
                                             : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("report"), reportJson(content.report)}};
}

QJsonObject ReportPackageWriter::botilbudJson(const MonthlyReportContent& content) {
    return {{QStringLiteral("key"), content.botilbud.packageKey},
            {QStringLiteral("name"), content.botilbud.name},
            {QStringLiteral("municipality"), content.botilbud.municipality},
            {QStringLiteral("residentCount"), content.botilbud.residentCount}};
}

QByteArray ReportPackageWriter::write(const MonthlyReportContent& content, const SigningKeyPair& key,
                                      const QDate& createdOn) {
    const QDate created = createdOn.isValid()             ? createdOn
                          : content.generatedOn.isValid() ? content.generatedOn
                                                          : QDate::currentDate();
    return PackageFormat::envelope(PackageFormat::monthlyReportKind(), created, botilbudJson(content),
                                   QDate(content.month.year(), content.month.month(), 1),
                                   contentJson(content), key);
}

} // namespace medsafe::services
