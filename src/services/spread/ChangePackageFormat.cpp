#include "services/spread/ChangePackageFormat.h"

#include "domain/EnumCodes.h"
#include "domain/pharmacy/ResidentTextGuard.h"
#include "services/packages/PackageFormat.h"
#include "services/packages/PackageJson.h"

#include <QJsonArray>
#include <algorithm>

namespace medsafe::services {

using namespace medsafe::domain;

namespace {

QJsonValue monthValue(const QDate& month) {
    return month.isValid() ? QJsonValue(PackageFormat::monthText(month)) : QJsonValue(QJsonValue::Null);
}

template <typename T> QJsonValue optionalValue(const std::optional<T>& value) {
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject cycleJson(const ChangeStoryCycle& c) {
    return {{QStringLiteral("number"), c.number},
            {QStringLiteral("title"), c.title},
            {QStringLiteral("status"), toCode(c.status)},
            {QStringLiteral("startMonth"), monthValue(c.startMonth)},
            {QStringLiteral("endMonth"), monthValue(c.endMonth)},
            {QStringLiteral("question"), c.question},
            {QStringLiteral("prediction"), c.prediction},
            {QStringLiteral("planned"), c.planned},
            {QStringLiteral("happened"), c.happened},
            {QStringLiteral("result"), c.result},
            {QStringLiteral("learning"), c.learning},
            {QStringLiteral("decision"),
             c.decision ? QJsonValue(toCode(*c.decision)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("nextStep"), c.nextStep}};
}

QJsonObject measureJson(const ChangePackageMeasure& m) {
    return {{QStringLiteral("name"), m.name},
            {QStringLiteral("type"), toCode(m.type)},
            {QStringLiteral("kind"), toCode(m.kind)},
            {QStringLiteral("direction"), toCode(m.direction)},
            {QStringLiteral("rateMultiplier"), m.rateMultiplier},
            {QStringLiteral("derivedFromIncidents"), m.derivedFromIncidents},
            {QStringLiteral("operationalDefinition"), m.operationalDefinition},
            {QStringLiteral("numeratorDefinition"), m.numeratorDefinition},
            {QStringLiteral("denominatorDefinition"), m.denominatorDefinition},
            {QStringLiteral("result"),
             QJsonObject{{QStringLiteral("medianBefore"), optionalValue(m.medianBefore)},
                         {QStringLiteral("medianAfter"), optionalValue(m.medianAfter)},
                         {QStringLiteral("pointsBefore"), m.pointsBefore},
                         {QStringLiteral("pointsAfter"), m.pointsAfter}}}};
}

// A text of the story: within the length limit and free of residents' identities (the
// exporter removed them; a package edited by hand is refused here).
QString storyText(PackageJson& json, const QString& key, int maxLength, bool required = false) {
    const QString text = required ? json.nonEmptyText(key) : json.text(key);
    if (!json.ok()) return text;
    const QString path = json.pathOf(key);
    if (text.size() > maxLength) {
        json.fail(QStringLiteral("change package text %1 is %2 characters").arg(path).arg(text.size()),
                  PackageJson::damaged(ChangePackageFormat::tr("the text in %1 is longer than %2 characters.")
                                           .arg(path)
                                           .arg(maxLength)));
    } else if (ResidentTextGuard::namesResident(text)) {
        json.fail(QStringLiteral("change package text %1 names a resident").arg(path),
                  ChangePackageFormat::tr("The package is refused: the text in %1 seems to name a resident. "
                                          "Names of residents and staff must never leave the botilbud.")
                      .arg(path));
    }
    return text;
}

QDate optMonth(PackageJson& json, const QString& key) {
    if (json.isNull(key)) return {};
    return json.month(key);
}

ChangeStoryCycle readCycle(PackageJson json) {
    ChangeStoryCycle c;
    c.number = json.integer(QStringLiteral("number"), 1, 100000);
    c.title = storyText(json, QStringLiteral("title"), ChangePackageFormat::kMaxTitle);
    c.status = json.code(QStringLiteral("status"), PdsaStatus::Completed);
    c.startMonth = optMonth(json, QStringLiteral("startMonth"));
    c.endMonth = optMonth(json, QStringLiteral("endMonth"));
    c.question = storyText(json, QStringLiteral("question"), ChangePackageFormat::kMaxText);
    c.prediction = storyText(json, QStringLiteral("prediction"), ChangePackageFormat::kMaxText);
    c.planned = storyText(json, QStringLiteral("planned"), ChangePackageFormat::kMaxText);
    c.happened = storyText(json, QStringLiteral("happened"), ChangePackageFormat::kMaxText);
    c.result = storyText(json, QStringLiteral("result"), ChangePackageFormat::kMaxText);
    c.learning = storyText(json, QStringLiteral("learning"), ChangePackageFormat::kMaxText);
    c.decision = json.optCode<ActDecision>(QStringLiteral("decision"));
    c.nextStep = storyText(json, QStringLiteral("nextStep"), ChangePackageFormat::kMaxText);
    return c;
}

ChangePackageMeasure readMeasure(PackageJson json) {
    ChangePackageMeasure m;
    m.name = storyText(json, QStringLiteral("name"), ChangePackageFormat::kMaxTitle, true);
    m.type = json.code(QStringLiteral("type"), MeasureType::Process);
    m.kind = json.code(QStringLiteral("kind"), MeasureKind::Proportion);
    m.direction = json.code(QStringLiteral("direction"), Direction::HigherIsBetter);
    m.rateMultiplier = json.number(QStringLiteral("rateMultiplier"));
    if (json.ok() && !(m.rateMultiplier > 0))
        json.failType(json.pathOf(QStringLiteral("rateMultiplier")), PackageJson::tr("a number above 0"));
    m.derivedFromIncidents = json.boolean(QStringLiteral("derivedFromIncidents"));
    m.operationalDefinition =
        storyText(json, QStringLiteral("operationalDefinition"), ChangePackageFormat::kMaxText);
    m.numeratorDefinition =
        storyText(json, QStringLiteral("numeratorDefinition"), ChangePackageFormat::kMaxText);
    m.denominatorDefinition =
        storyText(json, QStringLiteral("denominatorDefinition"), ChangePackageFormat::kMaxText);
    if (json.ok() && kindNeedsDenominator(m.kind) && m.denominatorDefinition.trimmed().isEmpty())
        json.failType(json.pathOf(QStringLiteral("denominatorDefinition")),
                      ChangePackageFormat::tr(
                          "a description of the denominator (the measure is a proportion or a rate)"));
    PackageJson result = json.child(QStringLiteral("result"));
    m.medianBefore = result.optNumber(QStringLiteral("medianBefore"));
    m.medianAfter = result.optNumber(QStringLiteral("medianAfter"));
    m.pointsBefore = result.integer(QStringLiteral("pointsBefore"), 0, 100000);
    m.pointsAfter = result.integer(QStringLiteral("pointsAfter"), 0, 100000);
    return m;
}

} // namespace

QJsonObject ChangePackageFormat::contentJson(const ChangePackage& p) {
    QJsonArray cycles;
    for (const ChangeStoryCycle& c : p.cycles)
        cycles.append(cycleJson(c));
    QJsonArray measures;
    for (const ChangePackageMeasure& m : p.measures)
        measures.append(measureJson(m));
    const QJsonValue driver =
        p.driverText.isEmpty()
            ? QJsonValue(QJsonValue::Null)
            : QJsonValue(QJsonObject{{QStringLiteral("text"), p.driverText},
                                     {QStringLiteral("primary"), p.primaryDriverText.isEmpty()
                                                                     ? QJsonValue(QJsonValue::Null)
                                                                     : QJsonValue(p.primaryDriverText)}});
    return {{QStringLiteral("spreadKey"), p.spreadKey},
            {QStringLiteral("changeIdea"),
             QJsonObject{{QStringLiteral("title"), p.title}, {QStringLiteral("description"), p.description}}},
            {QStringLiteral("driver"), driver},
            {QStringLiteral("cycles"), cycles},
            {QStringLiteral("measures"), measures}};
}

QByteArray ChangePackageFormat::write(const ChangePackage& p, const SigningKeyPair& key) {
    const QJsonObject origin{{QStringLiteral("key"), p.originKey},
                             {QStringLiteral("name"), p.originBotilbud},
                             {QStringLiteral("municipality"), p.originKommune}};
    const QDate month = p.adoptedMonth.isValid() ? p.adoptedMonth : p.exportedOn;
    return PackageFormat::envelope(PackageFormat::changeKind(), p.exportedOn, origin,
                                   QDate(month.year(), month.month(), 1), contentJson(p), key);
}

Result<ReadChangePackage> ChangePackageFormat::read(const QByteArray& bytes, SignaturePolicy policy) {
    auto envelope = PackageEnvelopeReader::read(bytes, policy);
    if (!envelope) return envelope.error();
    return fromEnvelope(*envelope);
}

Result<ReadChangePackage> ChangePackageFormat::fromEnvelope(const PackageEnvelope& envelope) {
    if (envelope.kind != PackageFormat::changeKind()) {
        return Error::forUser(QStringLiteral("package kind %1 is not a change package").arg(envelope.kind),
                              tr("The file is a Medicinsikker package, but not a change package (it holds "
                                 "\"%1\").")
                                  .arg(envelope.kind));
    }
    ReadChangePackage read;
    read.sha256 = envelope.sha256;
    read.envelope = envelope;
    ChangePackage& p = read.package;
    p.exportedOn = envelope.createdOn;
    p.adoptedMonth = envelope.month;
    p.originKey = envelope.botilbudKey;

    PackageJson origin = PackageJson::root(envelope.botilbud, QStringLiteral("botilbud"));
    p.originBotilbud = storyText(origin, QStringLiteral("name"), kMaxTitle, true);
    p.originKommune = storyText(origin, QStringLiteral("municipality"), kMaxTitle);
    if (!origin.ok()) return origin.error();

    PackageJson json = PackageJson::root(envelope.content, QStringLiteral("content"));
    p.spreadKey = json.text(QStringLiteral("spreadKey"));
    if (json.ok() && !PackageEnvelopeReader::isPackageKey(p.spreadKey))
        json.failType(json.pathOf(QStringLiteral("spreadKey")), tr("a spread key (a UUID)"));
    PackageJson idea = json.child(QStringLiteral("changeIdea"));
    p.title = storyText(idea, QStringLiteral("title"), kMaxTitle, true);
    p.description = storyText(idea, QStringLiteral("description"), kMaxText);
    if (json.ok() && !json.isNull(QStringLiteral("driver"))) {
        PackageJson driver = json.child(QStringLiteral("driver"));
        p.driverText = storyText(driver, QStringLiteral("text"), kMaxText, true);
        if (driver.ok() && !driver.isNull(QStringLiteral("primary")))
            p.primaryDriverText = storyText(driver, QStringLiteral("primary"), kMaxText, true);
    }
    const QList<PackageJson> cycles = json.children(QStringLiteral("cycles"));
    if (json.ok() && (cycles.isEmpty() || cycles.size() > kMaxCycles)) {
        json.fail(QStringLiteral("change package has %1 cycles").arg(cycles.size()),
                  PackageJson::damaged(
                      tr("content.cycles must hold between 1 and %1 PDSA cycles.").arg(kMaxCycles)));
    }
    for (const PackageJson& cycle : cycles)
        p.cycles.append(readCycle(cycle));
    const QList<PackageJson> measures = json.children(QStringLiteral("measures"));
    if (json.ok() && measures.size() > kMaxMeasures) {
        json.fail(
            QStringLiteral("change package has %1 measures").arg(measures.size()),
            PackageJson::damaged(tr("content.measures holds more than %1 measures.").arg(kMaxMeasures)));
    }
    for (const PackageJson& measure : measures)
        p.measures.append(readMeasure(measure));
    if (!json.ok()) return json.error();
    const bool adopted = std::any_of(p.cycles.cbegin(), p.cycles.cend(), [](const ChangeStoryCycle& c) {
        return c.decision == ActDecision::Adopt;
    });
    if (!adopted) {
        return Error::forUser(
            QStringLiteral("change package has no adopted cycle"),
            tr("The package is refused: none of its PDSA cycles (content.cycles) was decided "
               "\"adopt\", so it does not hold an adopted change."));
    }
    return read;
}

} // namespace medsafe::services
