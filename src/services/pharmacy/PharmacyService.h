#pragma once

#include "domain/Result.h"
#include "domain/ValidationIssue.h"
#include "domain/pharmacy/PharmacyAgreement.h"
#include "domain/pharmacy/PharmacyQuestion.h"
#include "domain/pharmacy/QaChecklist.h"

#include <QDate>
#include <QList>
#include <optional>

namespace medsafe::storage {
class Database;
}

namespace medsafe::services {

// The pharmacy agreement, the audit checklist's versions and the question log. Every write
// is checked against the signed-in person's role first. Borrows the database; its thread.
class PharmacyService {
public:
    explicit PharmacyService(storage::Database& db) : m_db(db) {}

    // Newest start first.
    Result<QList<domain::PharmacyAgreement>> agreements(domain::BotilbudId botilbud) const;
    // The agreement covering `day`, if any (the newest when periods overlap).
    Result<std::optional<domain::PharmacyAgreement>> agreementOn(domain::BotilbudId botilbud,
                                                                 const QDate& day) const;
    static domain::ValidationIssues check(const domain::PharmacyAgreement& agreement);
    Result<domain::PharmacyAgreementId> saveAgreement(const domain::PharmacyAgreement& agreement) const;
    Status removeAgreement(const domain::PharmacyAgreement& agreement) const;

    // Every version, oldest first.
    Result<QList<domain::QaChecklist>> checklists(domain::BotilbudId botilbud) const;
    // The newest version; a botilbud that has none gets the default checklist as version 1
    // when `createIfMissing` (a write: the caller's role must allow pharmacy work), else an
    // unsaved default (id 0) to show.
    Result<domain::QaChecklist> currentChecklist(domain::BotilbudId botilbud,
                                                 bool createIfMissing = false) const;
    // Writes `items` as the next version unless they equal the newest version's; returns the
    // version now current. Visits keep the version they used.
    Result<domain::QaChecklist> saveChecklist(domain::BotilbudId botilbud,
                                              const QList<domain::QaChecklistItem>& items,
                                              const QDate& today) const;

    // Newest first.
    Result<QList<domain::PharmacyQuestion>> questions(domain::BotilbudId botilbud) const;
    static domain::ValidationIssues check(const domain::PharmacyQuestion& question, const QDate& today);
    Result<domain::PharmacyQuestionId> saveQuestion(const domain::PharmacyQuestion& question,
                                                    const QDate& today) const;
    Status removeQuestion(const domain::PharmacyQuestion& question) const;

private:
    storage::Database& m_db;
};

} // namespace medsafe::services
