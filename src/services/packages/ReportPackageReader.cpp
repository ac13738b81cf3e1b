#include "services/packages/ReportPackageReader.h"

#include "services/measures/DashboardService.h"
#include "services/measures/MeasureSeriesService.h"
#include "services/packages/PackageFormat.h"
#include "services/packages/PackageJson.h"
#include "services/packages/PharmacyPackageSection.h"

#include <QJsonArray>
#include <limits>

namespace medsafe::services {

using namespace medsafe::domain;

namespace {

constexpr int kMaxId = std::numeric_limits<int>::max();

ReportCount readCount(PackageJson& json, const QString& key) {
    const QJsonValue value = json.object().value(key);
    if (value.isString() && value.toString() == PackageFormat::suppressedCount()) return ReportCount{0, true};
    const int count = json.integer(key, 0, kMaxId);
    if (json.ok() && count > 0 && count < 5) {
        json.fail(
            QStringLiteral("package count %1 = %2 is not suppressed").arg(json.pathOf(key)).arg(count),
            PackageJson::damaged(ReportPackageReader::tr("the count in %1 is %2, but counts from 1 to 4 "
                                                         "must be shown as \"<5\" in a package.")
                                     .arg(json.pathOf(key))
                                     .arg(count)));
    }
    return ReportCount{count, false};
}

template <typename E> QList<ReportCountRow> readCountRows(PackageJson& json, const QString& key) {
    QList<ReportCountRow> rows;
    for (PackageJson row : json.children(key)) {
        const E code = row.code<E>(QStringLiteral("code"), E{});
        rows.append({toCode(code), readCount(row, QStringLiteral("count"))});
    }
    return rows;
}

template <typename Tag> std::optional<Id<Tag>> readOptId(PackageJson& json, const QString& key) {
    const auto value = json.optInteger(key, 1, kMaxId);
    if (!value) return std::nullopt;
    return Id<Tag>{*value};
}

QList<QDate> readDates(PackageJson& json, const QString& key) {
    const QJsonArray values = json.array(key);
    QList<QDate> dates;
    for (qsizetype i = 0; i < values.size() && json.ok(); ++i) {
        const QDate date =
            values.at(i).isString() ? QDate::fromString(values.at(i).toString(), Qt::ISODate) : QDate();
        if (!date.isValid())
            json.failType(QStringLiteral("%1[%2]").arg(json.pathOf(key)).arg(i),
                          PackageJson::tr("a date written as YYYY-MM-DD"));
        dates.append(date);
    }
    return dates;
}

ProgrammeProgress readProgress(PackageJson json) {
    ProgrammeProgress p;
    const QString state = json.text(QStringLiteral("state"));
    if (state == QLatin1String("not_started"))
        p.state = ProgrammeProgress::State::NotStarted;
    else if (state == QLatin1String("running"))
        p.state = ProgrammeProgress::State::Running;
    else if (state == QLatin1String("ended"))
        p.state = ProgrammeProgress::State::Ended;
    else if (state == QLatin1String("no_programme"))
        p.state = ProgrammeProgress::State::NoProgramme;
    else if (json.ok())
        json.failUnknownCode(json.pathOf(QStringLiteral("state")), state);
    p.phase = json.integer(QStringLiteral("phase"), 0, 4);
    p.month = json.integer(QStringLiteral("month"), 0, 1200);
    p.months = json.integer(QStringLiteral("months"), 0, 1200);
    p.start = json.optDate(QStringLiteral("start"));
    p.end = json.optDate(QStringLiteral("end"));
    return p;
}

MeasureChart readMeasure(PackageJson json) {
    Measure m;
    m.id = MeasureId{json.integer(QStringLiteral("id"), 1, kMaxId)};
    m.name = json.nonEmptyText(QStringLiteral("name"));
    m.kind = json.code(QStringLiteral("kind"), MeasureKind::Count);
    m.type = json.code(QStringLiteral("type"), MeasureType::Outcome);
    m.direction = json.code(QStringLiteral("direction"), Direction::LowerIsBetter);
    m.target = json.optNumber(QStringLiteral("target"));
    m.rateMultiplier = json.number(QStringLiteral("rateMultiplier"));
    m.operationalDefinition = json.text(QStringLiteral("operationalDefinition"));
    m.numeratorDefinition = json.text(QStringLiteral("numeratorDefinition"));
    m.denominatorDefinition = json.text(QStringLiteral("denominatorDefinition"));
    m.derivedFromIncidents = json.boolean(QStringLiteral("derivedFromIncidents"));
    m.defaultChart = json.code(QStringLiteral("defaultChart"), ChartType::Run);
    const ChartType chartType = json.code(QStringLiteral("chartType"), ChartType::Run);
    PackageJson settings = json.child(QStringLiteral("chartSettings"));
    m.chartSettings.freezeEnd = settings.optDate(QStringLiteral("freezeEnd"));
    m.chartSettings.splitDates = readDates(settings, QStringLiteral("splits"));
    for (PackageJson e : settings.children(QStringLiteral("exclusions")))
        m.chartSettings.exclusions.append(
            {e.date(QStringLiteral("period")), e.text(QStringLiteral("reason"))});

    PackageJson seriesJson = json.child(QStringLiteral("series"));
    MeasureSeries series;
    series.measureId = m.id;
    series.kind = m.kind;
    series.perEvent = seriesJson.boolean(QStringLiteral("perEvent"));
    series.multiply = MeasureSeriesService::multiplierFor(m);
    for (PackageJson p : seriesJson.children(QStringLiteral("points"))) {
        MeasurePoint point;
        point.date = p.date(QStringLiteral("date"));
        point.numerator = p.optNumber(QStringLiteral("numerator"));
        point.denominator = p.optNumber(QStringLiteral("denominator"));
        point.baseline = p.boolean(QStringLiteral("baseline"));
        point.excluded = p.boolean(QStringLiteral("excluded"));
        point.exclusionReason = p.text(QStringLiteral("reason"));
        series.points.append(point);
    }
    if (!json.ok()) return MeasureChart{m, series, {}, {}, {}, Direction::LowerIsBetter};
    // The analysis is this program's own, computed from the values; nothing of it is read.
    return DashboardService::chartOf(m, std::move(series), chartType);
}

PdsaCycle readCycle(PackageJson json) {
    PdsaCycle c;
    c.id = PdsaCycleId{json.integer(QStringLiteral("id"), 1, kMaxId)};
    c.number = json.integer(QStringLiteral("number"), 0, kMaxId);
    c.title = json.text(QStringLiteral("title"));
    c.changeIdeaId = readOptId<ChangeIdeaTag>(json, QStringLiteral("changeIdeaId"));
    c.parentId = readOptId<PdsaCycleTag>(json, QStringLiteral("parentId"));
    const QJsonArray measures = json.array(QStringLiteral("measureIds"));
    for (qsizetype i = 0; i < measures.size() && json.ok(); ++i) {
        const double id = measures.at(i).toDouble(-1);
        if (!measures.at(i).isDouble() || id < 1 || id > kMaxId || id != static_cast<qint64>(id))
            json.failType(QStringLiteral("%1[%2]").arg(json.pathOf(QStringLiteral("measureIds"))).arg(i),
                          PackageJson::tr("a whole number"));
        c.measureIds.append(MeasureId{static_cast<qint64>(id)});
    }
    c.status = json.code(QStringLiteral("status"), PdsaStatus::Planned);
    c.startDate = json.optDate(QStringLiteral("startDate"));
    c.endDate = json.optDate(QStringLiteral("endDate"));
    c.decision = json.optCode<ActDecision>(QStringLiteral("decision"));
    c.question = json.text(QStringLiteral("question"));
    c.prediction = json.text(QStringLiteral("prediction"));
    c.studyResult = json.text(QStringLiteral("studyResult"));
    c.studyLearning = json.text(QStringLiteral("studyLearning"));
    c.nextStep = json.text(QStringLiteral("nextStep"));
    return c;
}

ReportIncidentSummary readIncidents(PackageJson json) {
    ReportIncidentSummary s;
    s.total = readCount(json, QStringLiteral("total"));
    s.reachedCitizen = readCount(json, QStringLiteral("reachedCitizen"));
    s.byStage = readCountRows<ProcessStage>(json, QStringLiteral("byStage"));
    s.byConsequence = readCountRows<OverallCategory>(json, QStringLiteral("byConsequence"));
    s.daysSinceLastError = json.optInteger(QStringLiteral("daysSinceLastError"), 0, kMaxId);
    return s;
}

MonthlyReport readReport(PackageJson json, const QDate& month) {
    MonthlyReport r;
    r.month = month;
    r.status = json.code(QStringLiteral("status"), ReportStatus::Draft);
    r.selfScore =
        json.optInteger(QStringLiteral("selfScore"), MonthlyReport::kMinScore, MonthlyReport::kMaxScore);
    r.wentWell = json.text(QStringLiteral("wentWell"));
    r.barriers = json.text(QStringLiteral("barriers"));
    r.supportNeeded = json.text(QStringLiteral("supportNeeded"));
    r.planNextMonth = json.text(QStringLiteral("planNextMonth"));
    r.sentDate = json.optDate(QStringLiteral("sentDate"));
    r.consultantFeedback = json.text(QStringLiteral("consultantFeedback"));
    r.feedbackDate = json.optDate(QStringLiteral("feedbackDate"));
    return r;
}

} // namespace

Result<ReportPackage> ReportPackageReader::read(const QByteArray& bytes, SignaturePolicy policy) {
    auto envelope = PackageEnvelopeReader::read(bytes, policy);
    if (!envelope) return envelope.error();
    return fromEnvelope(*envelope);
}

Result<ReportPackage> ReportPackageReader::fromEnvelope(const PackageEnvelope& envelope) {
    if (envelope.kind != PackageFormat::monthlyReportKind()) {
        return Error::forUser(QStringLiteral("package kind %1 is not a monthly report").arg(envelope.kind),
                              tr("The package is not a monthly report."));
    }
    ReportPackage package;
    package.sha256 = envelope.sha256;
    package.createdOn = envelope.createdOn;
    MonthlyReportContent& c = package.content;
    c.month = envelope.month;
    c.generatedOn = envelope.createdOn;

    PackageJson botilbud = PackageJson::root(envelope.botilbud, QStringLiteral("botilbud"));
    c.botilbud.name = botilbud.nonEmptyText(QStringLiteral("name"));
    c.botilbud.municipality = botilbud.text(QStringLiteral("municipality"));
    c.botilbud.residentCount = botilbud.integer(QStringLiteral("residentCount"), 0, 100000);
    c.botilbud.packageKey = envelope.botilbudKey;
    c.botilbud.origin = BotilbudOrigin::Package;
    if (!botilbud.ok()) return botilbud.error();

    PackageJson json = PackageJson::root(envelope.content, QStringLiteral("content"));
    c.progress = readProgress(json.child(QStringLiteral("progress")));
    for (PackageJson item : json.children(QStringLiteral("checklist")))
        c.checklist.append({{},
                            item.code(QStringLiteral("kind"), ChecklistKind::WorkflowAnalysis),
                            item.optDate(QStringLiteral("doneDate")),
                            {}});
    for (PackageJson e : json.children(QStringLiteral("events")))
        c.events.append({e.code(QStringLiteral("kind"), EventKind::Other),
                         e.optInteger(QStringLiteral("number"), 0, 1000), e.date(QStringLiteral("date")),
                         e.text(QStringLiteral("title")), e.boolean(QStringLiteral("done"))});
    for (PackageJson m : json.children(QStringLiteral("measures")))
        c.charts.append(readMeasure(m));
    for (PackageJson cycle : json.children(QStringLiteral("pdsaCycles")))
        c.cycles.append(readCycle(cycle));
    for (PackageJson idea : json.children(QStringLiteral("changeIdeas"))) {
        ChangeIdea read{ChangeIdeaId{idea.integer(QStringLiteral("id"), 1, kMaxId)},
                        {},
                        std::nullopt,
                        idea.text(QStringLiteral("title")),
                        {},
                        {}};
        // Packages made before issue 16 have no spread key: the idea is then matched by title.
        if (!idea.isNull(QStringLiteral("spreadKey")) &&
            idea.object().contains(QStringLiteral("spreadKey"))) {
            read.spreadKey = idea.text(QStringLiteral("spreadKey"));
            if (idea.ok() && !read.spreadKey.isEmpty() &&
                !PackageEnvelopeReader::isPackageKey(read.spreadKey))
                idea.failType(idea.pathOf(QStringLiteral("spreadKey")), tr("a spread key (a UUID) or \"\""));
        }
        c.changeIdeas.append(read);
    }
    c.incidents = readIncidents(json.child(QStringLiteral("incidents")));
    // Older packages have no pharmacy section (a "pharmacy" field in one is not read); from
    // version 3 the field must be there, as an object or null (content without the section).
    if (envelope.version >= PackageFormat::kFirstPharmacyVersion && !json.isNull(QStringLiteral("pharmacy")))
        c.pharmacy = PharmacyPackageSection::read(json.child(QStringLiteral("pharmacy")), c.month);
    c.report = readReport(json.child(QStringLiteral("report")), c.month);
    if (!json.ok()) return json.error();
    return package;
}

} // namespace medsafe::services
