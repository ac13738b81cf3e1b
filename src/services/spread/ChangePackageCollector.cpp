#include "services/spread/ChangePackageCollector.h"

#include "services/measures/MeasureSeriesService.h"
#include "services/report/MeasureMedians.h"
#include "services/report/ReportAnonymiser.h"
#include "storage/BotilbudRepository.h"
#include "storage/Database.h"
#include "storage/ImprovementRepository.h"
#include "storage/MeasureRepository.h"
#include "storage/PdsaRepository.h"
#include "storage/PersonRepository.h"

#include <QRegularExpression>
#include <algorithm>

namespace medsafe::services {

using namespace medsafe::domain;

namespace {

QDate monthOf(const QDate& date) {
    return date.isValid() ? QDate(date.year(), date.month(), 1) : QDate();
}

// The same words as domain::ResidentTextGuard: a resident word and a capitalised name or initials.
const QRegularExpression& residentNamePattern() {
    static const QRegularExpression pattern(
        QStringLiteral("\\b((?:beboer(?:en|ne)?|borger(?:en|ne)?|patient(?:en)?|hr\\.?|fru|frk\\.?)\\s+)"
                       "(\\p{Lu}\\p{Ll}+|\\p{Lu}\\.?\\s?\\p{Lu}\\.?)(?=\\W|$)"),
        QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

bool adoptedCycle(const PdsaCycle& c) {
    return c.decision == ActDecision::Adopt;
}

// The plotted value of a point (percent for proportions, per multiplier for rates).
std::optional<double> plotted(const MeasureSeries& series, const MeasurePoint& p) {
    if (p.excluded || !p.numerator) return std::nullopt;
    if (!series.hasDenominator()) return *p.numerator;
    if (!p.denominator || *p.denominator <= 0) return std::nullopt;
    return *p.numerator / *p.denominator * series.multiply;
}

} // namespace

ChangePackageCollector::ChangePackageCollector(storage::Database& db) : m_db(db) {}

QString ChangePackageCollector::redactResidents(const QString& text) {
    QString out;
    qsizetype last = 0;
    auto it = residentNamePattern().globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        const QString name = match.captured(2);
        if (name.isEmpty() || !name.front().isUpper()) continue; // "beboeren fik" is no name
        out += text.mid(last, match.capturedStart(2) - last) + ReportAnonymiser::namePlaceholder();
        last = match.capturedEnd(2);
    }
    return out + text.mid(last);
}

Result<ChangePackage> ChangePackageCollector::collect(BotilbudId botilbudId, ChangeIdeaId ideaId,
                                                      const QDate& today) const {
    auto botilbud = storage::BotilbudRepository(m_db).get(botilbudId);
    if (!botilbud) return botilbud.error();
    storage::ImprovementRepository improvement(m_db);
    auto ideas = improvement.changeIdeas(botilbudId);
    if (!ideas) return ideas.error();
    const auto idea = std::find_if(ideas->cbegin(), ideas->cend(),
                                   [ideaId](const ChangeIdea& i) { return i.id == ideaId; });
    if (idea == ideas->cend()) {
        return Error::forUser(
            QStringLiteral("change idea %1 is not botilbud %2's").arg(ideaId.value).arg(botilbudId.value),
            tr("The change idea was not found in \"%1\".").arg(botilbud->name));
    }
    auto allCycles = storage::PdsaRepository(m_db).forBotilbud(botilbudId);
    if (!allCycles) return allCycles.error();
    QList<PdsaCycle> cycles;
    for (const PdsaCycle& c : *allCycles)
        if (c.changeIdeaId == ideaId) cycles << c;
    std::sort(cycles.begin(), cycles.end(), [](const PdsaCycle& a, const PdsaCycle& b) {
        if (a.startDate != b.startDate)
            return a.startDate.isValid() && (!b.startDate.isValid() || a.startDate < b.startDate);
        return a.number < b.number;
    });
    const auto adopted = std::find_if(cycles.cbegin(), cycles.cend(), adoptedCycle);
    if (adopted == cycles.cend()) {
        return Error::forUser(
            QStringLiteral("change idea %1 has no adopted cycle").arg(ideaId.value),
            tr("\"%1\" has not been adopted yet: a change package is made from a change idea "
               "with a PDSA cycle decided \"Adopt\".")
                .arg(idea->title));
    }
    const QDate adoptedOn = adopted->endDate.isValid()     ? adopted->endDate
                            : adopted->startDate.isValid() ? adopted->startDate
                                                           : today;

    auto staff = storage::PersonRepository(m_db).forBotilbud(botilbudId);
    if (!staff) return staff.error();
    const QList<Person> people = *staff;
    const auto clean = [&people](const QString& text) {
        return redactResidents(ReportAnonymiser::redact(text, people)).trimmed();
    };

    ChangePackage p;
    p.title = clean(idea->title);
    p.description = clean(idea->description);
    p.spreadKey = idea->spreadKey;
    p.originBotilbud = botilbud->name;
    p.originKommune = botilbud->municipality;
    p.originKey = botilbud->packageKey;
    p.exportedOn = today;
    p.adoptedMonth = monthOf(adoptedOn);
    if (idea->driverId) {
        auto drivers = improvement.drivers(botilbudId);
        if (!drivers) return drivers.error();
        const auto byId = [&drivers](DriverId id) -> const Driver* {
            for (const Driver& d : *drivers)
                if (d.id == id) return &d;
            return nullptr;
        };
        if (const Driver* driver = byId(*idea->driverId)) {
            p.driverText = clean(driver->text);
            if (driver->level == DriverLevel::Secondary && driver->parentId)
                if (const Driver* primary = byId(*driver->parentId))
                    p.primaryDriverText = clean(primary->text);
        }
    }
    QList<MeasureId> measureIds;
    for (const PdsaCycle& c : cycles) {
        ChangeStoryCycle s;
        s.number = c.number;
        s.title = clean(c.title);
        s.status = c.status;
        s.startMonth = monthOf(c.startDate);
        s.endMonth = monthOf(c.endDate);
        s.question = clean(c.question);
        s.prediction = clean(c.prediction);
        s.planned = clean(c.planWhat);
        s.happened = clean(c.doWhatHappened);
        s.result = clean(c.studyResult);
        s.learning = clean(c.studyLearning);
        s.decision = c.decision;
        s.nextStep = clean(c.nextStep);
        p.cycles << s;
        for (MeasureId m : c.measureIds)
            if (!measureIds.contains(m)) measureIds << m;
    }

    MeasureSeriesService seriesService(m_db);
    auto context = seriesService.context(botilbudId, today);
    if (!context) return context.error();
    auto measures = storage::MeasureRepository(m_db).forBotilbud(botilbudId);
    if (!measures) return measures.error();
    for (const Measure& m : *measures) {
        if (!measureIds.contains(m.id)) continue;
        ChangePackageMeasure out;
        out.name = clean(m.name);
        out.type = m.type;
        out.kind = m.kind;
        out.direction = m.direction;
        out.rateMultiplier = m.rateMultiplier > 0 ? m.rateMultiplier : 1.0;
        out.derivedFromIncidents = m.derivedFromIncidents;
        out.operationalDefinition = clean(m.operationalDefinition);
        out.numeratorDefinition = clean(m.numeratorDefinition);
        out.denominatorDefinition = clean(m.denominatorDefinition);
        auto series = seriesService.series(m, *context);
        if (!series) return series.error();
        QList<double> before;
        QList<double> after;
        for (const MeasurePoint& point : series->points) {
            const auto value = plotted(*series, point);
            if (!value) continue;
            (point.date < p.adoptedMonth ? before : after) << *value;
        }
        out.pointsBefore = static_cast<int>(before.size());
        out.pointsAfter = static_cast<int>(after.size());
        out.medianBefore = MeasureMedians::median(before);
        out.medianAfter = MeasureMedians::median(after);
        p.measures << out;
    }
    return p;
}

} // namespace medsafe::services
