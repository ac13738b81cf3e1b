#pragma once

#include "domain/Result.h"
#include "domain/pharmacy/PharmacyAgreement.h"
#include "domain/pharmacy/PharmacyQuestion.h"
#include "domain/pharmacy/QaChecklist.h"

#include <QList>

namespace medsafe::storage {

class Database;

// Reads and writes the pharmacy agreements, the versions of the audit checklist and the
// question log. Checks are the services' (PharmacyService validates before it writes).
class PharmacyRepository {
public:
    explicit PharmacyRepository(Database& db);

    Result<domain::PharmacyAgreementId> addAgreement(const domain::PharmacyAgreement& agreement);
    Status updateAgreement(const domain::PharmacyAgreement& agreement);
    Status removeAgreement(domain::PharmacyAgreementId id);
    // Newest start first.
    Result<QList<domain::PharmacyAgreement>> agreements(domain::BotilbudId botilbud) const;

    // Writes `checklist` as the botilbud's next version (its number and items' ids are set
    // here); returns the version's id.
    Result<domain::QaChecklistId> addChecklistVersion(const domain::QaChecklist& checklist);
    // Every version, oldest first, with their items.
    Result<QList<domain::QaChecklist>> checklists(domain::BotilbudId botilbud) const;
    Result<domain::QaChecklist> checklist(domain::QaChecklistId id) const;

    Result<domain::PharmacyQuestionId> addQuestion(const domain::PharmacyQuestion& question);
    Result<QList<domain::PharmacyQuestionId>> addQuestions(const QList<domain::PharmacyQuestion>& questions);
    Status updateQuestion(const domain::PharmacyQuestion& question);
    Status removeQuestion(domain::PharmacyQuestionId id);
    // Newest first.
    Result<QList<domain::PharmacyQuestion>> questions(domain::BotilbudId botilbud) const;

private:
    Result<QList<domain::QaChecklist>> selectChecklists(const QString& where, qint64 key) const;

    Database& m_db;
};

} // namespace medsafe::storage
