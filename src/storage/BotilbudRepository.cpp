#include "storage/BotilbudRepository.h"

#include "domain/ChecklistItem.h"
#include "domain/DefaultCompetenceTopics.h"
#include "domain/DefaultMeasures.h"
#include "domain/OrganisationValidator.h"
#include "domain/Programme.h"
#include "storage/CompetenceRepository.h"
#include "storage/Database.h"
#include "storage/MeasureRepository.h"
#include "storage/ProgrammeRepository.h"
#include "storage/RepositorySupport.h"
#include "storage/Transaction.h"

#include <QUuid>

namespace medsafe::storage {

using namespace medsafe::domain;

namespace {

const QString kColumns =
    QStringLiteral("id, name, municipality, resident_count, created_date, package_key, origin");

Botilbud readBotilbud(const Statement& s) {
    return Botilbud{s.id<BotilbudId>(0), s.text(1), s.text(2), s.integer(3), s.date(4),
                    s.text(5),           s.code(6, BotilbudOrigin::Local)};
}

void bindFields(Statement& s, const Botilbud& b) {
    s.bind(QStringLiteral(":name"), b.name);
    s.bind(QStringLiteral(":municipality"), b.municipality);
    s.bind(QStringLiteral(":residents"), b.residentCount);
    s.bind(QStringLiteral(":created"), b.createdDate);
}

} // namespace

BotilbudRepository::BotilbudRepository(Database& db) : m_db(db) {}

QString BotilbudRepository::newPackageKey() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<BotilbudId> BotilbudRepository::add(const Botilbud& botilbud) {
    MEDSAFE_TRY(detail::validated(OrganisationValidator::validate(botilbud), QStringLiteral("botilbud")));
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepareInsert(
        QStringLiteral("INSERT INTO botilbud (name, municipality, resident_count, created_date, package_key, origin)"
                       " VALUES (:name, :municipality, :residents, :created, :key, :origin)")));
    bindFields(s, botilbud);
    s.bind(QStringLiteral(":key"), botilbud.packageKey.isEmpty() ? newPackageKey() : botilbud.packageKey);
    s.bind(QStringLiteral(":origin"), botilbud.origin);
    MEDSAFE_TRY(s.exec());
    const BotilbudId id{s.lastInsertId()};
    MEDSAFE_TRY(tx.commit());
    return id;
}

Result<BotilbudId> BotilbudRepository::createWithDefaults(const Botilbud& botilbud,
                                                          const QDate& programmeStart) {
    Transaction tx(m_db);
    auto id = add(botilbud);
    if (!id) return id.error();
    ProgrammeRepository programmes(m_db);
    MEDSAFE_TRY(programmes.save(Programme::withDefaultPhases(*id, programmeStart)));
    for (ChecklistKind kind : allValues<ChecklistKind>())
        MEDSAFE_TRY(programmes.saveChecklistItem(ChecklistItem{*id, kind, {}, {}}));
    QList<Measure> measures = DefaultMeasures::forNewBotilbud();
    for (Measure& measure : measures)
        measure.botilbudId = *id;
    MEDSAFE_TRY(MeasureRepository(m_db).addMany(measures));
    QList<CompetenceTopic> topics = DefaultCompetenceTopics::forNewBotilbud();
    CompetenceRepository competences(m_db);
    for (CompetenceTopic& topic : topics) {
        topic.botilbudId = *id;
        MEDSAFE_TRY(competences.addTopic(topic));
    }
    MEDSAFE_TRY(tx.commit());
    return id;
}

Status BotilbudRepository::update(const Botilbud& botilbud) {
    MEDSAFE_TRY(detail::validated(OrganisationValidator::validate(botilbud), QStringLiteral("botilbud")));
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(
        s.prepare(QStringLiteral("UPDATE botilbud SET name = :name, municipality = :municipality,"
                                 " resident_count = :residents, created_date = :created WHERE id = :id")));
    bindFields(s, botilbud);
    s.bind(QStringLiteral(":id"), botilbud.id);
    MEDSAFE_TRY(s.exec());
    MEDSAFE_TRY(detail::expectRow(s, QStringLiteral("botilbud"), botilbud.id.value));
    return tx.commit();
}

Status BotilbudRepository::remove(BotilbudId id) {
    return detail::removeById(m_db, QStringLiteral("botilbud"), id.value);
}

Result<Botilbud> BotilbudRepository::get(BotilbudId id) const {
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(QStringLiteral("SELECT %1 FROM botilbud WHERE id = :id").arg(kColumns)));
    s.bind(QStringLiteral(":id"), id);
    MEDSAFE_TRY(s.exec());
    if (!s.next()) return detail::notFound(QStringLiteral("botilbud"), id.value);
    return readBotilbud(s);
}

Result<std::optional<Botilbud>> BotilbudRepository::byPackageKey(const QString& key) const {
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(QStringLiteral("SELECT %1 FROM botilbud WHERE package_key = :key").arg(kColumns)));
    s.bind(QStringLiteral(":key"), key);
    MEDSAFE_TRY(s.exec());
    if (!s.next()) return std::optional<Botilbud>{};
    std::optional<Botilbud> found = readBotilbud(s);
    s.finish();
    return found;
}

Result<QList<Botilbud>> BotilbudRepository::all() const {
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(QStringLiteral("SELECT %1 FROM botilbud ORDER BY name, id").arg(kColumns)));
    MEDSAFE_TRY(s.exec());
    QList<Botilbud> list;
    while (s.next())
        list.append(readBotilbud(s));
    return list;
}

} // namespace medsafe::storage
