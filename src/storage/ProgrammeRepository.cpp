#include "storage/ProgrammeRepository.h"

#include "domain/ProgrammeValidator.h"
#include "storage/Database.h"
#include "storage/RepositorySupport.h"
#include "storage/Transaction.h"

#include <QHash>

namespace medsafe::storage {

using namespace medsafe::domain;

namespace {

// The columns addEvent and updateEvent write alike.
void bindEvent(Statement& s, const ProgrammeEvent& event) {
    s.bind(QStringLiteral(":b"), event.botilbudId);
    s.bind(QStringLiteral(":kind"), event.kind);
    s.bind(QStringLiteral(":num"), event.number);
    s.bind(QStringLiteral(":date"), event.date);
    s.bind(QStringLiteral(":title"), event.title);
    s.bind(QStringLiteral(":notes"), event.notes);
    s.bind(QStringLiteral(":done"), event.done);
}

} // namespace

ProgrammeRepository::ProgrammeRepository(Database& db) : m_db(db) {}

Status ProgrammeRepository::save(const Programme& programme) {
    MEDSAFE_TRY(detail::validated(ProgrammeValidator::validate(programme), QStringLiteral("programme")));
    Transaction tx(m_db);
    Statement up(m_db.connection());
    // INSERT ... ON CONFLICT is understood by SQLite (3.24+) and PostgreSQL alike.
    MEDSAFE_TRY(up.prepare(
        QStringLiteral("INSERT INTO programme (botilbud_id, start_date) VALUES (:b, :start)"
                       " ON CONFLICT (botilbud_id) DO UPDATE SET start_date = excluded.start_date")));
    up.bind(QStringLiteral(":b"), programme.botilbudId);
    up.bind(QStringLiteral(":start"), programme.startDate);
    MEDSAFE_TRY(up.exec());
    Statement del(m_db.connection());
    MEDSAFE_TRY(del.prepare(QStringLiteral("DELETE FROM programme_phase WHERE botilbud_id = :b")));
    del.bind(QStringLiteral(":b"), programme.botilbudId);
    MEDSAFE_TRY(del.exec());
    Statement ins(m_db.connection());
    MEDSAFE_TRY(
        ins.prepare(QStringLiteral("INSERT INTO programme_phase (botilbud_id, phase, start_date, end_date)"
                                   " VALUES (:b, :phase, :start, :end)")));
    for (const ProgrammePhase& phase : programme.phases) {
        ins.bind(QStringLiteral(":b"), programme.botilbudId);
        ins.bind(QStringLiteral(":phase"), static_cast<int>(phase.phase));
        ins.bind(QStringLiteral(":start"), phase.startDate);
        ins.bind(QStringLiteral(":end"), phase.endDate);
        MEDSAFE_TRY(ins.exec());
    }
    return tx.commit();
}

Result<std::optional<Programme>> ProgrammeRepository::programme(BotilbudId botilbud) const {
    Programme result;
    result.botilbudId = botilbud;
    {
        Statement s(m_db.connection());
        MEDSAFE_TRY(s.prepare(QStringLiteral("SELECT start_date FROM programme WHERE botilbud_id = :b")));
        s.bind(QStringLiteral(":b"), botilbud);
        MEDSAFE_TRY(s.exec());
        if (!s.next()) return std::optional<Programme>{};
        result.startDate = s.date(0);
    }
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(QStringLiteral("SELECT phase, start_date, end_date FROM programme_phase"
                                         " WHERE botilbud_id = :b ORDER BY phase")));
    s.bind(QStringLiteral(":b"), botilbud);
    MEDSAFE_TRY(s.exec());
    while (s.next())
        result.phases.append({static_cast<Phase>(s.integer(0)), s.date(1), s.date(2)});
    return std::optional<Programme>{result};
}

Result<ProgrammeEventId> ProgrammeRepository::addEvent(const ProgrammeEvent& event) {
    MEDSAFE_TRY(detail::validated(ProgrammeValidator::validate(event), QStringLiteral("programme event")));
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepareInsert(
        QStringLiteral("INSERT INTO programme_event (botilbud_id, kind, event_number, event_date,"
                       " title, notes, done) VALUES (:b, :kind, :num, :date, :title, :notes, :done)")));
    bindEvent(s, event);
    MEDSAFE_TRY(s.exec());
    const ProgrammeEventId id{s.lastInsertId()};
    MEDSAFE_TRY(writeParticipants(id, event.participants));
    MEDSAFE_TRY(tx.commit());
    return id;
}

Status ProgrammeRepository::updateEvent(const ProgrammeEvent& event) {
    MEDSAFE_TRY(detail::validated(ProgrammeValidator::validate(event), QStringLiteral("programme event")));
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(
        QStringLiteral("UPDATE programme_event SET botilbud_id = :b, kind = :kind, event_number = :num,"
                       " event_date = :date, title = :title, notes = :notes, done = :done WHERE id = :id")));
    bindEvent(s, event);
    s.bind(QStringLiteral(":id"), event.id);
    MEDSAFE_TRY(s.exec());
    MEDSAFE_TRY(detail::expectRow(s, QStringLiteral("programme_event"), event.id.value));
    MEDSAFE_TRY(writeParticipants(event.id, event.participants));
    return tx.commit();
}

Status ProgrammeRepository::writeParticipants(ProgrammeEventId id, const QList<PersonId>& participants) {
    Statement del(m_db.connection());
    MEDSAFE_TRY(del.prepare(QStringLiteral("DELETE FROM event_participant WHERE event_id = :id")));
    del.bind(QStringLiteral(":id"), id);
    MEDSAFE_TRY(del.exec());
    Statement ins(m_db.connection());
    MEDSAFE_TRY(ins.prepare(
        QStringLiteral("INSERT INTO event_participant (event_id, person_id) VALUES (:id, :person)")));
    for (PersonId person : participants) {
        ins.bind(QStringLiteral(":id"), id);
        ins.bind(QStringLiteral(":person"), person);
        MEDSAFE_TRY(ins.exec());
    }
    return success();
}

Status ProgrammeRepository::removeEvent(ProgrammeEventId id) {
    return detail::removeById(m_db, QStringLiteral("programme_event"), id.value);
}

Result<ProgrammeEvent> ProgrammeRepository::event(ProgrammeEventId id) const {
    auto list = selectEvents(QStringLiteral("e.id = :key"), id.value);
    if (!list) return list.error();
    if (list->isEmpty()) return detail::notFound(QStringLiteral("programme_event"), id.value);
    return list->constFirst();
}

Result<QList<ProgrammeEvent>> ProgrammeRepository::events(BotilbudId botilbud) const {
    return selectEvents(QStringLiteral("e.botilbud_id = :key"), botilbud.value);
}

Result<QList<ProgrammeEvent>> ProgrammeRepository::selectEvents(const QString& where, qint64 key) const {
    QHash<qint64, QList<PersonId>> participants;
    {
        Statement p(m_db.connection());
        MEDSAFE_TRY(p.prepare(QStringLiteral("SELECT ep.event_id, ep.person_id FROM event_participant ep"
                                             " JOIN programme_event e ON e.id = ep.event_id WHERE %1"
                                             " ORDER BY ep.event_id, ep.person_id")
                                  .arg(where)));
        p.bind(QStringLiteral(":key"), key);
        MEDSAFE_TRY(p.exec());
        while (p.next())
            participants[p.int64(0)].append(p.id<PersonId>(1));
    }
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(
        QStringLiteral("SELECT e.id, e.botilbud_id, e.kind, e.event_number, e.event_date, e.title,"
                       " e.notes, e.done FROM programme_event e WHERE %1 ORDER BY e.event_date, e.id")
            .arg(where)));
    s.bind(QStringLiteral(":key"), key);
    MEDSAFE_TRY(s.exec());
    QList<ProgrammeEvent> list;
    while (s.next()) {
        ProgrammeEvent e;
        e.id = s.id<ProgrammeEventId>(0);
        e.botilbudId = s.id<BotilbudId>(1);
        e.kind = s.code(2, EventKind::Other);
        e.number = s.optInteger(3);
        e.date = s.date(4);
        e.title = s.text(5);
        e.notes = s.text(6);
        e.done = s.boolean(7);
        e.participants = participants.value(e.id.value);
        list.append(e);
    }
    return list;
}

Status ProgrammeRepository::saveChecklistItem(const ChecklistItem& item) {
    MEDSAFE_TRY(detail::validated(ProgrammeValidator::validate(item), QStringLiteral("checklist item")));
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(
        s.prepare(QStringLiteral("INSERT INTO checklist_item (botilbud_id, kind, done_date, note)"
                                 " VALUES (:b, :kind, :done, :note) ON CONFLICT (botilbud_id, kind)"
                                 " DO UPDATE SET done_date = excluded.done_date, note = excluded.note")));
    s.bind(QStringLiteral(":b"), item.botilbudId);
    s.bind(QStringLiteral(":kind"), item.kind);
    s.bind(QStringLiteral(":done"), item.doneDate);
    s.bind(QStringLiteral(":note"), item.note);
    MEDSAFE_TRY(s.exec());
    return tx.commit();
}

Result<QList<ChecklistItem>> ProgrammeRepository::checklist(BotilbudId botilbud) const {
    QHash<QString, ChecklistItem> stored;
    Statement s(m_db.connection());
    MEDSAFE_TRY(
        s.prepare(QStringLiteral("SELECT kind, done_date, note FROM checklist_item WHERE botilbud_id = :b")));
    s.bind(QStringLiteral(":b"), botilbud);
    MEDSAFE_TRY(s.exec());
    while (s.next()) {
        if (auto kind = fromCode<ChecklistKind>(s.text(0)))
            stored.insert(s.text(0), ChecklistItem{botilbud, *kind, s.date(1), s.text(2)});
    }
    QList<ChecklistItem> items;
    for (ChecklistKind kind : allValues<ChecklistKind>())
        items.append(stored.value(toCode(kind), ChecklistItem{botilbud, kind, {}, {}}));
    return items;
}

} // namespace medsafe::storage
