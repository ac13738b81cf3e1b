#include "PackageTestSupport.h"

#include "domain/PdsaCycle.h"
#include "services/packages/PackageTrust.h"
#include "services/packages/ReportPackageWriter.h"
#include "storage/ImprovementRepository.h"
#include "storage/IncidentRepository.h"
#include "storage/MeasureRepository.h"
#include "storage/MonthlyReportRepository.h"
#include "storage/PdsaRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ProgrammeRepository.h"

#include <QJsonArray>

namespace medsafe::services::test {

using namespace medsafe::domain;

MonthlyReportContent sampleContent() {
    MonthlyReportContent c;
    c.botilbud.name = QStringLiteral("Bostedet Lærkehøj");
    c.botilbud.municipality = QStringLiteral("Aarhus");
    c.botilbud.residentCount = 14;
    c.botilbud.packageKey = kKey;
    c.month = QDate(2021, 9, 1);
    c.generatedOn = QDate(2021, 10, 4);
    c.progress.state = ProgrammeProgress::State::Running;
    c.progress.phase = 2;
    c.progress.month = 7;
    c.progress.months = 24;
    c.progress.start = QDate(2021, 3, 1);
    c.progress.end = QDate(2023, 2, 28);
    c.checklist = {{{}, ChecklistKind::WorkflowAnalysis, QDate(2021, 4, 2), {}},
                   {{}, ChecklistKind::BaselineDone, QDate(), {}}};
    c.events = {
        {EventKind::LearningSession, 2, QDate(2021, 9, 14), QStringLiteral("Læringstræf 2"), true},
        {EventKind::Other, std::nullopt, QDate(2021, 10, 20), QStringLiteral("Apoteket underviser"), false}};

    Measure m;
    m.id = MeasureId{41};
    m.name = QStringLiteral("Andel korrekt dispenserede doseringsæsker");
    m.kind = MeasureKind::Proportion;
    m.type = MeasureType::Process;
    m.direction = Direction::HigherIsBetter;
    m.target = 95.5;
    m.operationalDefinition = QStringLiteral("Stikprøve hver uge");
    m.numeratorDefinition = QStringLiteral("Æsker uden afvigelse");
    m.denominatorDefinition = QStringLiteral("Kontrollerede æsker");
    m.defaultChart = ChartType::P;
    m.chartSettings.freezeEnd = QDate(2021, 5, 1);
    m.chartSettings.splitDates = {QDate(2021, 8, 1)};
    m.chartSettings.exclusions = {{QDate(2021, 6, 1), QStringLiteral("Ferie, få æsker")}};
    MeasureSeries series;
    series.measureId = m.id;
    series.kind = m.kind;
    series.multiply = 100;
    for (int i = 0; i < 7; ++i) {
        MeasurePoint p;
        p.date = QDate(2021, 3 + i, 1);
        p.numerator = 15 + (i * 7) % 5;
        p.denominator = 20;
        p.baseline = i < 3;
        p.excluded = i == 3;
        if (p.excluded) p.exclusionReason = QStringLiteral("Ferie, få æsker");
        series.points.append(p);
    }
    series.points[5].numerator.reset(); // a month without a value
    series.points[5].denominator.reset();
    c.charts.append(DashboardService::chartOf(m, series, ChartType::P));

    Measure t;
    t.id = MeasureId{42};
    t.name = QStringLiteral("Dage mellem medicinfejl");
    t.kind = MeasureKind::DaysBetween;
    t.derivedFromIncidents = true;
    t.defaultChart = ChartType::T;
    MeasureSeries days;
    days.measureId = t.id;
    days.kind = t.kind;
    days.perEvent = true;
    for (int i = 0; i < 5; ++i)
        days.points.append(
            {QDate(2021, 3, 10).addDays(i * 31), 30.0 + i * 2, std::nullopt, false, false, {}});
    c.charts.append(DashboardService::chartOf(t, days, ChartType::T));

    PdsaCycle cycle;
    cycle.id = PdsaCycleId{7};
    cycle.number = 1;
    cycle.title = QStringLiteral("Dobbelttjek ved dispensering");
    cycle.changeIdeaId = ChangeIdeaId{3};
    cycle.measureIds = {MeasureId{41}};
    cycle.status = PdsaStatus::Completed;
    cycle.startDate = QDate(2021, 9, 1);
    cycle.endDate = QDate(2021, 9, 21);
    cycle.decision = ActDecision::Adopt;
    cycle.question = QStringLiteral("Færre fejl?");
    cycle.prediction = QStringLiteral("Ja");
    cycle.studyResult = QStringLiteral("Ingen fejl i tre uger");
    cycle.studyLearning = QStringLiteral("Tjekket tager to minutter");
    cycle.nextStep = QStringLiteral("Udvid til alle afdelinger");
    PdsaCycle ramp = cycle;
    ramp.id = PdsaCycleId{8};
    ramp.number = 2;
    ramp.parentId = PdsaCycleId{7};
    ramp.changeIdeaId.reset();
    ramp.measureIds.clear();
    ramp.status = PdsaStatus::Planned;
    ramp.endDate = QDate();
    ramp.decision.reset();
    c.cycles = {cycle, ramp};
    c.changeIdeas = {{ChangeIdeaId{3}, {}, std::nullopt, QStringLiteral("Dobbelttjek"), {}, {}}};

    c.incidents.total = {7, false};
    c.incidents.reachedCitizen = {0, true};
    c.incidents.byStage = {{QStringLiteral("dispensing"), {0, true}},
                           {QStringLiteral("administration"), {5, false}}};
    c.incidents.byConsequence = {{QStringLiteral("no_consequence"), {7, false}}};
    c.incidents.daysSinceLastError = 12;

    // The pharmacy section (format version 3): figures that fit together the way the reader
    // checks (areas add up to the visit, every category once, changes within the questions).
    PharmacySummary pharmacy;
    pharmacy.agreement = ReportAgreement{QStringLiteral("Apoteket Trøjborg"), 2};
    pharmacy.visitsInMonth = 1;
    ReportVisit visit;
    visit.date = QDate(2021, 9, 14);
    visit.byArea = {{QaArea::Storage, {3, 1, 0, 0}},
                    {QaArea::PnMedicine, {1, 1, 1, 0}},
                    {QaArea::Disposal, {2, 0, 0, 1}}};
    visit.overall = {6, 2, 1, 1};
    pharmacy.latestVisit = visit;
    pharmacy.openFindings = {
        {QaArea::PnMedicine, QStringLiteral("PN-medicin har indikation og maksimal døgndosis"),
         FindingSeverity::High, QDate(2021, 6, 2), QDate(2021, 7, 2), FindingStatus::InProgress},
        {QaArea::Storage, QStringLiteral("Køleskabets temperatur logges dagligt"), FindingSeverity::Medium,
         QDate(2021, 9, 14), QDate(2021, 10, 14), FindingStatus::Open},
        {QaArea::PnMedicine, QStringLiteral("PN-skema udfyldes ved hver udlevering"), FindingSeverity::Low,
         QDate(2021, 9, 14), QDate(), FindingStatus::Open}};
    const QList<int> inMonth{0, 2, 1, 0, 0, 0};
    const QList<int> soFar{1, 3, 4, 1, 2, 0};
    const QList<QuestionCategory> categories = allValues<QuestionCategory>();
    for (qsizetype i = 0; i < categories.size(); ++i) {
        pharmacy.questionsInMonth.append({categories[i], inMonth[i]});
        pharmacy.questionsSoFar.append({categories[i], soFar[i]});
    }
    pharmacy.procedureChangesInMonth = 1;
    pharmacy.procedureChangesSoFar = 3;
    c.pharmacy = pharmacy;

    c.report.month = c.month;
    c.report.status = ReportStatus::Sent;
    c.report.selfScore = 4;
    c.report.wentWell = QStringLiteral("Dobbelttjekket virker");
    c.report.barriers = QStringLiteral("Sygdom i personalegruppen");
    c.report.supportNeeded = QStringLiteral("Hjælp til kontroldiagrammer");
    c.report.planNextMonth = QStringLiteral("Rampe 2");
    c.report.sentDate = QDate(2021, 10, 4);
    return c;
}

QJsonObject packageObject(const QByteArray& bytes) {
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    REQUIRE(document.isObject());
    return document.object();
}

namespace {

SigningKeyPair generated() {
    auto pair = PackageSigning::generate();
    REQUIRE(pair.ok());
    return *pair;
}

QList<SigningKeyPair>& rememberedSigners() {
    static QList<SigningKeyPair> signers;
    return signers;
}

} // namespace

const SigningKeyPair& senderKey() {
    static const SigningKeyPair key = generated();
    return key;
}

const SigningKeyPair& otherKey() {
    static const SigningKeyPair key = generated();
    return key;
}

void rememberSigner(const SigningKeyPair& key) {
    rememberedSigners().append(key);
}

QByteArray resigned(QJsonObject root) {
    const QByteArray signer = QByteArray::fromBase64(root.value(QStringLiteral("signer"))
                                                         .toObject()
                                                         .value(QStringLiteral("publicKey"))
                                                         .toString()
                                                         .toLatin1());
    SigningKeyPair key = senderKey();
    for (const SigningKeyPair& remembered : rememberedSigners()) {
        if (remembered.publicKey == signer) key = remembered;
    }
    return QJsonDocument(PackageFormat::sealed(root, key)).toJson(QJsonDocument::Compact);
}

QByteArray rechecksummed(QJsonObject root) {
    root.insert(QStringLiteral("sha256"), PackageFormat::checksum(root));
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

void trustSigner(storage::Database& db, const QByteArray& package) {
    const PackageTrust trust(db);
    auto candidate = trust.inspect(package);
    INFO((candidate.ok() ? QString() : candidate.error().message).toStdString());
    REQUIRE(candidate.ok());
    REQUIRE(trust.trust(*candidate).ok());
}

void trustSigner(const QString& dbPath, const QByteArray& package) {
    auto db = openFile(dbPath);
    trustSigner(*db, package);
}

namespace {

QJsonValue editAt(const QJsonValue& node, QStringList path,
                  const std::function<QJsonValue(QJsonValue)>& edit) {
    const QString head = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = head.toInt();
        const QJsonValue next = path.isEmpty() ? edit(array.at(index)) : editAt(array.at(index), path, edit);
        if (next.isUndefined())
            array.removeAt(index);
        else
            array.replace(index, next);
        return array;
    }
    QJsonObject object = node.toObject();
    const QJsonValue next =
        path.isEmpty() ? edit(object.value(head)) : editAt(object.value(head), path, edit);
    if (next.isUndefined())
        object.remove(head);
    else
        object.insert(head, next);
    return object;
}

} // namespace

QByteArray edited(const QByteArray& bytes, const QString& path,
                  const std::function<QJsonValue(QJsonValue)>& edit) {
    return resigned(editAt(packageObject(bytes), path.split(u'.'), edit).toObject());
}

QByteArray withValue(const QByteArray& bytes, const QString& path, const QJsonValue& value) {
    return edited(bytes, path, [value](const QJsonValue&) { return value; });
}

QByteArray withoutValue(const QByteArray& bytes, const QString& path) {
    return edited(bytes, path, [](const QJsonValue&) { return QJsonValue(QJsonValue::Undefined); });
}

BotilbudFixture::BotilbudFixture(storage::Database& db, bool withReport) {
    botilbud =
        Botilbud{{}, QStringLiteral("Bostedet Lærkehøj"), QStringLiteral("Aarhus"), 14, QDate(2021, 1, 1)};
    auto id = storage::BotilbudRepository(db).createWithDefaults(botilbud, QDate(2021, 3, 1));
    REQUIRE(id.ok());
    home = *id;
    botilbud = storage::BotilbudRepository(db).get(home).value();

    Person tovholder;
    tovholder.botilbudId = home;
    tovholder.name = kStaffName;
    tovholder.roles = PersonRole::Tovholder;
    tovholder.handlesMedicine = true;
    Person leader = tovholder;
    leader.name = kOtherStaffName;
    leader.roles = PersonRole::Leader;
    auto people = storage::PersonRepository(db).addMany({tovholder, leader});
    REQUIRE(people.ok());

    const auto measures = storage::MeasureRepository(db).forBotilbud(home).value();
    QList<Measurement> values;
    for (const Measure& m : measures) {
        if (m.derivedFromIncidents || m.kind != MeasureKind::Proportion) continue;
        for (int i = 0; i < 7; ++i)
            values.append({{}, m.id, QDate(2021, 3 + i, 1), 15.0 + i % 4, 20.0, i < 3, {}, {}});
    }
    REQUIRE(storage::MeasureRepository(db).addMeasurements(values).ok());

    ChangeIdea idea{{},
                    home,
                    std::nullopt,
                    QStringLiteral("Dobbelttjek"),
                    QStringLiteral("Foreslået af ") + kOtherStaffName,
                    {}};
    auto ideaId = storage::ImprovementRepository(db).addChangeIdea(idea);
    REQUIRE(ideaId.ok());
    PdsaCycle cycle;
    cycle.botilbudId = home;
    cycle.title = QStringLiteral("Dobbelttjek ved dispensering");
    cycle.changeIdeaId = *ideaId;
    cycle.status = PdsaStatus::Completed;
    cycle.startDate = QDate(2021, 9, 1);
    cycle.endDate = QDate(2021, 9, 20);
    cycle.decision = ActDecision::Adopt;
    cycle.prediction = QStringLiteral("Færre fejl ved aftenrunden");
    cycle.responsibleId = people->constFirst();
    cycle.planWho = kOtherStaffName + QStringLiteral(" og aftenvagten");
    cycle.doWhatHappened = QStringLiteral("Gik fint, sagde ") + kStaffName;
    cycle.studyLearning = QStringLiteral("Tjekket tager to minutter");
    REQUIRE(storage::PdsaRepository(db).add(cycle).ok());

    QList<Incident> incidents;
    for (int i = 0; i < 9; ++i) {
        Incident incident;
        incident.botilbudId = home;
        incident.occurredDate = QDate(2021, 9, 2 + i * 3);
        incident.reportedDate = incident.occurredDate;
        incident.description = kIncidentText + QStringLiteral(" (%1)").arg(i);
        incident.immediateAction = QStringLiteral("Ringede til lægen");
        incidents.append(incident);
    }
    REQUIRE(storage::IncidentRepository(db).addMany(incidents).ok());

    if (withReport) {
        MonthlyReport report;
        report.botilbudId = home;
        report.month = reportMonth();
        report.selfScore = 4;
        report.wentWell = QStringLiteral("Dobbelttjekket virker");
        report.barriers = QStringLiteral("Sygdom");
        report.supportNeeded = QStringLiteral("Hjælp til diagrammer");
        report.planNextMonth = QStringLiteral("Rampe 2");
        REQUIRE(storage::MonthlyReportRepository(db).add(report).ok());
    }
}

QList<qint64> rowCounts(storage::Database& db) {
    const auto report = db.checkReport();
    REQUIRE(report.ok());
    QList<qint64> counts;
    for (const auto& table : report->tables)
        counts.append(table.rows);
    return counts;
}

} // namespace medsafe::services::test
