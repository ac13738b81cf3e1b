#include "storage/PdsaRepository.h"

#include "domain/PdsaValidator.h"
#include "storage/Database.h"
#include "storage/RepositorySupport.h"
#include "storage/Transaction.h"

#include <QHash>

namespace medsafe::storage {

using namespace medsafe::domain;

namespace {

// Column order shared by INSERT, UPDATE and SELECT.
const QStringList kColumns{
    QStringLiteral("botilbud_id"),  QStringLiteral("cycle_number"),    QStringLiteral("title"),
    QStringLiteral("aim_id"),       QStringLiteral("change_idea_id"),  QStringLiteral("status"),
    QStringLiteral("start_date"),   QStringLiteral("end_date"),        QStringLiteral("responsible_id"),
    QStringLiteral("parent_id"),    QStringLiteral("question"),        QStringLiteral("prediction"),
    QStringLiteral("plan_what"),    QStringLiteral("plan_who"),        QStringLiteral("plan_where"),
    QStringLiteral("plan_when"),    QStringLiteral("data_plan"),       QStringLiteral("do_what_happened"),
    QStringLiteral("do_problems"),  QStringLiteral("do_plan_changes"), QStringLiteral("do_observations"),
    QStringLiteral("study_result"), QStringLiteral("study_learning"),  QStringLiteral("decision"),
    QStringLiteral("next_step"),    QStringLiteral("updated_at"),
};

QString placeholder(const QString& column) {
    return QLatin1Char(':') + column;
}

void bindCycle(Statement& s, const PdsaCycle& c) {
    const auto p = placeholder;
    s.bind(p(kColumns[0]), c.botilbudId);
    s.bind(p(kColumns[1]), c.number);
    s.bind(p(kColumns[2]), c.title);
    s.bind(p(kColumns[3]), c.aimId);
    s.bind(p(kColumns[4]), c.changeIdeaId);
    s.bind(p(kColumns[5]), c.status);
    s.bind(p(kColumns[6]), c.startDate);
    s.bind(p(kColumns[7]), c.endDate);
    s.bind(p(kColumns[8]), c.responsibleId);
    s.bind(p(kColumns[9]), c.parentId);
    const QString* texts[] = {&c.question,     &c.prediction,    &c.planWhat,       &c.planWho,
                              &c.planWhere,    &c.planWhen,      &c.dataPlan,       &c.doWhatHappened,
                              &c.doProblems,   &c.doPlanChanges, &c.doObservations, &c.studyResult,
                              &c.studyLearning};
    for (int i = 0; i < 13; ++i)
        s.bind(p(kColumns[10 + i]), *texts[i]);
    s.bind(p(kColumns[23]), c.decision);
    s.bind(p(kColumns[24]), c.nextStep);
    s.bind(p(kColumns[25]), nowUtcText());
}

PdsaCycle readCycle(const Statement& s) {
    PdsaCycle c;
    c.id = s.id<PdsaCycleId>(0);
    c.botilbudId = s.id<BotilbudId>(1);
    c.number = s.integer(2);
    c.title = s.text(3);
    c.aimId = s.optId<AimId>(4);
    c.changeIdeaId = s.optId<ChangeIdeaId>(5);
    c.status = s.code(6, PdsaStatus::Planned);
    c.startDate = s.date(7);
    c.endDate = s.date(8);
    c.responsibleId = s.optId<PersonId>(9);
    c.parentId = s.optId<PdsaCycleId>(10);
    QString* texts[] = {&c.question,       &c.prediction,  &c.planWhat,       &c.planWho,    &c.planWhere,
                        &c.planWhen,       &c.dataPlan,    &c.doWhatHappened, &c.doProblems, &c.doPlanChanges,
                        &c.doObservations, &c.studyResult, &c.studyLearning};
    for (int i = 0; i < 13; ++i)
        *texts[i] = s.text(11 + i);
    c.decision = s.optCode<ActDecision>(24);
    c.nextStep = s.text(25);
    // column 26 is updated_at
    c.rowVersion.value = s.integer(27);
    return c;
}

} // namespace

PdsaRepository::PdsaRepository(Database& db) : m_db(db) {}

Result<PdsaCycleId> PdsaRepository::add(const PdsaCycle& cycle) {
    auto ids = addMany({cycle});
    if (!ids) return ids.error();
    return ids->constFirst();
}

Result<QList<PdsaCycleId>> PdsaRepository::addMany(const QList<PdsaCycle>& cycles) {
    for (const PdsaCycle& c : cycles)
        MEDSAFE_TRY(detail::validated(PdsaValidator::validate(c), QStringLiteral("PDSA cycle")));
    QStringList placeholders;
    for (const QString& column : kColumns)
        placeholders << placeholder(column);
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(
        s.prepareInsert(QStringLiteral("INSERT INTO pdsa_cycle (%1) VALUES (%2)")
                      .arg(kColumns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")))));
    QList<PdsaCycleId> ids;
    for (const PdsaCycle& c : cycles) {
        bindCycle(s, c);
        MEDSAFE_TRY(s.exec());
        const PdsaCycleId id{s.lastInsertId()};
        MEDSAFE_TRY(writeMeasures(id, c.measureIds));
        ids.append(id);
    }
    MEDSAFE_TRY(tx.commit());
    return ids;
}

Status PdsaRepository::update(const PdsaCycle& cycle) {
    MEDSAFE_TRY(detail::validated(PdsaValidator::validate(cycle), QStringLiteral("PDSA cycle")));
    QStringList assignments;
    for (const QString& column : kColumns)
        assignments << column + QStringLiteral(" = ") + placeholder(column);
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(QStringLiteral("UPDATE pdsa_cycle SET %1, row_version = row_version + 1 WHERE id = :id%2")
                              .arg(assignments.join(QStringLiteral(", ")), detail::versionCondition(cycle.rowVersion.value))));
    bindCycle(s, cycle);
    s.bind(QStringLiteral(":id"), cycle.id);
    if (cycle.rowVersion.value > 0) s.bind(QStringLiteral(":version"), cycle.rowVersion.value);
    MEDSAFE_TRY(s.exec());
    MEDSAFE_TRY(detail::versionedUpdateResult(m_db, s, QStringLiteral("pdsa_cycle"), cycle.id.value));
    MEDSAFE_TRY(writeMeasures(cycle.id, cycle.measureIds));
    return tx.commit();
}

Status PdsaRepository::writeMeasures(PdsaCycleId id, const QList<MeasureId>& measures) {
    Statement del(m_db.connection());
    MEDSAFE_TRY(del.prepare(QStringLiteral("DELETE FROM pdsa_measure WHERE cycle_id = :id")));
    del.bind(QStringLiteral(":id"), id);
    MEDSAFE_TRY(del.exec());
    Statement ins(m_db.connection());
    MEDSAFE_TRY(ins.prepare(
        QStringLiteral("INSERT INTO pdsa_measure (cycle_id, measure_id) VALUES (:id, :measure)")));
    for (MeasureId measure : measures) {
        ins.bind(QStringLiteral(":id"), id);
        ins.bind(QStringLiteral(":measure"), measure);
        MEDSAFE_TRY(ins.exec());
    }
    return success();
}

Status PdsaRepository::remove(PdsaCycleId id) {
    return detail::removeById(m_db, QStringLiteral("pdsa_cycle"), id.value);
}

Result<PdsaCycle> PdsaRepository::get(PdsaCycleId id) const {
    auto list = select(QStringLiteral("c.id = :key"), id.value);
    if (!list) return list.error();
    if (list->isEmpty()) return detail::notFound(QStringLiteral("pdsa_cycle"), id.value);
    return list->constFirst();
}

Result<QList<PdsaCycle>> PdsaRepository::forBotilbud(BotilbudId botilbud) const {
    return select(QStringLiteral("c.botilbud_id = :key"), botilbud.value);
}

Result<QList<PdsaCycle>> PdsaRepository::select(const QString& where, qint64 key) const {
    QHash<qint64, QList<MeasureId>> measures;
    {
        Statement s(m_db.connection());
        MEDSAFE_TRY(s.prepare(
            QStringLiteral("SELECT pm.cycle_id, pm.measure_id FROM pdsa_measure pm"
                           " JOIN pdsa_cycle c ON c.id = pm.cycle_id WHERE %1 ORDER BY pm.measure_id")
                .arg(where)));
        s.bind(QStringLiteral(":key"), key);
        MEDSAFE_TRY(s.exec());
        while (s.next())
            measures[s.int64(0)].append(s.id<MeasureId>(1));
    }
    QStringList columns{QStringLiteral("c.id")};
    for (const QString& column : kColumns)
        columns << QStringLiteral("c.") + column;
    columns << QStringLiteral("c.row_version");
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(QStringLiteral("SELECT %1 FROM pdsa_cycle c WHERE %2 ORDER BY c.cycle_number, c.id")
                              .arg(columns.join(QStringLiteral(", ")), where)));
    s.bind(QStringLiteral(":key"), key);
    MEDSAFE_TRY(s.exec());
    QList<PdsaCycle> list;
    while (s.next()) {
        PdsaCycle c = readCycle(s);
        c.measureIds = measures.value(c.id.value);
        list.append(c);
    }
    return list;
}

Result<int> PdsaRepository::nextNumber(BotilbudId botilbud) const {
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(QStringLiteral("SELECT MAX(cycle_number) FROM pdsa_cycle WHERE botilbud_id = :b")));
    s.bind(QStringLiteral(":b"), botilbud);
    MEDSAFE_TRY(s.exec());
    if (!s.next() || s.isNull(0)) return 1;
    return s.integer(0) + 1;
}

} // namespace medsafe::storage
