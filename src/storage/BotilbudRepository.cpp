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

namespace medsafe::storage {

using namespace medsafe::domain;

namespace {

const QString kColumns = QStringLiteral("id, name, municipality, resident_count, created_date");

Botilbud readBotilbud(const Statement& s)
{
    return Botilbud{s.id<BotilbudId>(0), s.text(1), s.text(2), s.integer(3), s.date(4)};
}

void bindFields(Statement& s, const Botilbud& b)
{
    s.bind(QStringLiteral(":name"), b.name);
    s.bind(QStringLiteral(":municipality"), b.municipality);
    s.bind(QStringLiteral(":residents"), b.residentCount);
    s.bind(QStringLiteral(":created"), b.createdDate);
}

} // namespace

BotilbudRepository::BotilbudRepository(Database& db)
    : m_db(db)
{
}

Result<BotilbudId> BotilbudRepository::add(const Botilbud& botilbud)
{
    if (auto status = detail::validated(OrganisationValidator::validate(botilbud), QStringLiteral("botilbud")); !status)
        return status.error();
    Transaction tx(m_db);
    Statement s(m_db.connection());
    if (auto status = s.prepare(QStringLiteral("INSERT INTO botilbud (name, municipality, resident_count, created_date)"
                                               " VALUES (:name, :municipality, :residents, :created)"));
        !status)
        return status.error();
    bindFields(s, botilbud);
    if (auto status = s.exec(); !status)
        return status.error();
    const BotilbudId id{s.lastInsertId()};
    if (auto status = tx.commit(); !status)
        return status.error();
    return id;
}

Result<BotilbudId> BotilbudRepository::createWithDefaults(const Botilbud& botilbud, const QDate& programmeStart)
{
    Transaction tx(m_db);
    auto id = add(botilbud);
    if (!id)
        return id.error();
    ProgrammeRepository programmes(m_db);
    if (auto status = programmes.save(Programme::withDefaultPhases(*id, programmeStart)); !status)
        return status.error();
    for (ChecklistKind kind : allValues<ChecklistKind>()) {
        if (auto status = programmes.saveChecklistItem(ChecklistItem{*id, kind, {}, {}}); !status)
            return status.error();
    }
    QList<Measure> measures = DefaultMeasures::forNewBotilbud();
    for (Measure& measure : measures)
        measure.botilbudId = *id;
    if (auto added = MeasureRepository(m_db).addMany(measures); !added)
        return added.error();
    QList<CompetenceTopic> topics = DefaultCompetenceTopics::forNewBotilbud();
    CompetenceRepository competences(m_db);
    for (CompetenceTopic& topic : topics) {
        topic.botilbudId = *id;
        if (auto added = competences.addTopic(topic); !added)
            return added.error();
    }
    if (auto status = tx.commit(); !status)
        return status.error();
    return id;
}

Status BotilbudRepository::update(const Botilbud& botilbud)
{
    if (auto status = detail::validated(OrganisationValidator::validate(botilbud), QStringLiteral("botilbud")); !status)
        return status;
    Transaction tx(m_db);
    Statement s(m_db.connection());
    if (auto status = s.prepare(QStringLiteral("UPDATE botilbud SET name = :name, municipality = :municipality,"
                                               " resident_count = :residents, created_date = :created WHERE id = :id"));
        !status)
        return status;
    bindFields(s, botilbud);
    s.bind(QStringLiteral(":id"), botilbud.id);
    if (auto status = s.exec(); !status)
        return status;
    if (auto status = detail::expectRow(s, QStringLiteral("botilbud"), botilbud.id.value); !status)
        return status;
    return tx.commit();
}

Status BotilbudRepository::remove(BotilbudId id)
{
    Transaction tx(m_db);
    Statement s(m_db.connection());
    if (auto status = s.prepare(QStringLiteral("DELETE FROM botilbud WHERE id = :id")); !status)
        return status;
    s.bind(QStringLiteral(":id"), id);
    if (auto status = s.exec(); !status)
        return status;
    if (auto status = detail::expectRow(s, QStringLiteral("botilbud"), id.value); !status)
        return status;
    return tx.commit();
}

Result<Botilbud> BotilbudRepository::get(BotilbudId id) const
{
    Statement s(m_db.connection());
    if (auto status = s.prepare(QStringLiteral("SELECT %1 FROM botilbud WHERE id = :id").arg(kColumns)); !status)
        return status.error();
    s.bind(QStringLiteral(":id"), id);
    if (auto status = s.exec(); !status)
        return status.error();
    if (!s.next())
        return detail::notFound(QStringLiteral("botilbud"), id.value);
    return readBotilbud(s);
}

Result<QList<Botilbud>> BotilbudRepository::all() const
{
    Statement s(m_db.connection());
    if (auto status = s.prepare(QStringLiteral("SELECT %1 FROM botilbud ORDER BY name, id").arg(kColumns)); !status)
        return status.error();
    if (auto status = s.exec(); !status)
        return status.error();
    QList<Botilbud> list;
    while (s.next())
        list.append(readBotilbud(s));
    return list;
}

} // namespace medsafe::storage
