#include "storage/SustainPlanRepository.h"

#include "storage/Database.h"
#include "storage/RepositorySupport.h"
#include "storage/Transaction.h"

namespace medsafe::storage {

using namespace medsafe::domain;

namespace {

const QString kColumns = QStringLiteral("botilbud_id, change_idea_id, what_checked, responsible_id, "
                                        "frequency, measure_id, last_checked_on, note");

void bindRow(Statement& s, const SustainPlanRow& row) {
    s.bind(QStringLiteral(":b"), row.botilbudId);
    s.bind(QStringLiteral(":idea"), row.changeIdeaId);
    s.bind(QStringLiteral(":what"), row.whatChecked.trimmed());
    s.bind(QStringLiteral(":who"), row.responsibleId);
    s.bind(QStringLiteral(":frequency"), row.frequency);
    s.bind(QStringLiteral(":measure"), row.measureId);
    s.bind(QStringLiteral(":checked"), row.lastCheckedOn);
    s.bind(QStringLiteral(":note"), row.note.trimmed());
}

} // namespace

SustainPlanRepository::SustainPlanRepository(Database& db) : m_db(db) {}

Result<SustainPlanId> SustainPlanRepository::add(const SustainPlanRow& row) {
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepareInsert(QStringLiteral("INSERT INTO sustain_plan (%1) VALUES (:b, :idea, :what, :who,"
                                               " :frequency, :measure, :checked, :note)")
                                    .arg(kColumns)));
    bindRow(s, row);
    MEDSAFE_TRY(s.exec());
    const SustainPlanId id{s.lastInsertId()};
    MEDSAFE_TRY(tx.commit());
    return id;
}

Status SustainPlanRepository::update(const SustainPlanRow& row) {
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(
        s.prepare(QStringLiteral("UPDATE sustain_plan SET botilbud_id = :b, change_idea_id = :idea,"
                                 " what_checked = :what, responsible_id = :who, frequency = :frequency,"
                                 " measure_id = :measure, last_checked_on = :checked, note = :note,"
                                 " row_version = row_version + 1 WHERE id = :id%1")
                      .arg(detail::versionCondition(row.rowVersion.value))));
    bindRow(s, row);
    s.bind(QStringLiteral(":id"), row.id);
    if (row.rowVersion.value > 0) s.bind(QStringLiteral(":version"), row.rowVersion.value);
    MEDSAFE_TRY(s.exec());
    MEDSAFE_TRY(detail::versionedUpdateResult(m_db, s, QStringLiteral("sustain_plan"), row.id.value));
    return tx.commit();
}

Status SustainPlanRepository::remove(SustainPlanId id) {
    return detail::removeById(m_db, QStringLiteral("sustain_plan"), id.value);
}

Result<SustainPlanRow> SustainPlanRepository::get(SustainPlanId id) const {
    auto rows = select(QStringLiteral("id"), id.value);
    if (!rows) return rows.error();
    if (rows->isEmpty()) return detail::notFound(QStringLiteral("sustain_plan"), id.value);
    return rows->constFirst();
}

Result<QList<SustainPlanRow>> SustainPlanRepository::forBotilbud(BotilbudId botilbud) const {
    return select(QStringLiteral("botilbud_id"), botilbud.value);
}

Result<QList<SustainPlanRow>> SustainPlanRepository::select(const QString& where, qint64 key) const {
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(QStringLiteral("SELECT id, %1, row_version FROM sustain_plan WHERE %2 = :key"
                                         " ORDER BY change_idea_id, id")
                              .arg(kColumns, where)));
    s.bind(QStringLiteral(":key"), key);
    MEDSAFE_TRY(s.exec());
    QList<SustainPlanRow> rows;
    while (s.next()) {
        SustainPlanRow row;
        row.id = s.id<SustainPlanId>(0);
        row.botilbudId = s.id<BotilbudId>(1);
        row.changeIdeaId = s.id<ChangeIdeaId>(2);
        row.whatChecked = s.text(3);
        row.responsibleId = s.optId<PersonId>(4);
        row.frequency = s.code(5, CheckFrequency::Monthly);
        row.measureId = s.optId<MeasureId>(6);
        row.lastCheckedOn = s.date(7);
        row.note = s.text(8);
        row.rowVersion.value = s.integer(9);
        rows << row;
    }
    return rows;
}

} // namespace medsafe::storage
