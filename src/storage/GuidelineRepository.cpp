#include "storage/GuidelineRepository.h"

#include "storage/Database.h"
#include "storage/RepositorySupport.h"
#include "storage/Transaction.h"

namespace medsafe::storage {

using namespace medsafe::domain;

namespace {

void bindGuideline(Statement& s, const Guideline& g) {
    s.bind(QStringLiteral(":b"), g.botilbudId);
    s.bind(QStringLiteral(":title"), g.title);
    s.bind(QStringLiteral(":version"), g.version);
    s.bind(QStringLiteral(":issued"), g.issuedOn);
    s.bind(QStringLiteral(":owner"), g.ownerId);
    s.bind(QStringLiteral(":next"), g.nextReviewOn);
    s.bind(QStringLiteral(":status"), g.status);
    s.bind(QStringLiteral(":reviewed"), g.reviewedOn);
    s.bind(QStringLiteral(":finding"), g.finding);
}

} // namespace

GuidelineRepository::GuidelineRepository(Database& db) : m_db(db) {}

Result<QList<Guideline>> GuidelineRepository::guidelines(BotilbudId botilbud) const {
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(QStringLiteral(
        "SELECT id, botilbud_id, title, guideline_version, issued_on, owner_id, next_review_on, status,"
        " reviewed_on, finding, row_version FROM guideline WHERE botilbud_id = :b ORDER BY title, id")));
    s.bind(QStringLiteral(":b"), botilbud);
    MEDSAFE_TRY(s.exec());
    QList<Guideline> list;
    while (s.next()) {
        Guideline g;
        g.id = s.id<GuidelineId>(0);
        g.botilbudId = s.id<BotilbudId>(1);
        g.title = s.text(2);
        g.version = s.text(3);
        g.issuedOn = s.date(4);
        g.ownerId = s.optId<PersonId>(5);
        g.nextReviewOn = s.date(6);
        g.status = s.code(7, GuidelineStatus::Current);
        g.reviewedOn = s.date(8);
        g.finding = s.text(9);
        g.rowVersion.value = s.integer(10);
        list << g;
    }
    return list;
}

Result<GuidelineId> GuidelineRepository::add(const Guideline& guideline) {
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepareInsert(QStringLiteral(
        "INSERT INTO guideline (botilbud_id, title, guideline_version, issued_on, owner_id, next_review_on,"
        " status, reviewed_on, finding)"
        " VALUES (:b, :title, :version, :issued, :owner, :next, :status, :reviewed, :finding)")));
    bindGuideline(s, guideline);
    MEDSAFE_TRY(s.exec());
    const GuidelineId id{s.lastInsertId()};
    MEDSAFE_TRY(tx.commit());
    return id;
}

Status GuidelineRepository::update(const Guideline& guideline) {
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(
        QStringLiteral("UPDATE guideline SET botilbud_id = :b, title = :title, guideline_version = :version,"
                       " issued_on = :issued, owner_id = :owner, next_review_on = :next, status = :status,"
                       " reviewed_on = :reviewed, finding = :finding, row_version = row_version + 1"
                       " WHERE id = :id%1")
            .arg(detail::versionCondition(guideline.rowVersion.value))));
    bindGuideline(s, guideline);
    s.bind(QStringLiteral(":id"), guideline.id);
    if (guideline.rowVersion.value > 0) s.bind(QStringLiteral(":version"), guideline.rowVersion.value);
    MEDSAFE_TRY(s.exec());
    MEDSAFE_TRY(detail::versionedUpdateResult(m_db, s, QStringLiteral("guideline"), guideline.id.value));
    return tx.commit();
}

Status GuidelineRepository::remove(GuidelineId id) {
    return detail::removeById(m_db, QStringLiteral("guideline"), id.value);
}

} // namespace medsafe::storage
