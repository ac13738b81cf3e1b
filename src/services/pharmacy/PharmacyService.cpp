#include "services/pharmacy/PharmacyService.h"

#include "domain/pharmacy/DefaultQaChecklist.h"
#include "domain/pharmacy/PharmacyValidator.h"
#include "services/access/AccessPolicy.h"
#include "storage/PharmacyRepository.h"

#include <algorithm>

namespace medsafe::services {

using namespace medsafe::domain;

namespace {

// Items compare by area and text: ids differ between versions.
bool sameItems(const QList<QaChecklistItem>& a, const QList<QaChecklistItem>& b) {
    if (a.size() != b.size()) return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].area != b[i].area || a[i].text.trimmed() != b[i].text.trimmed()) return false;
    }
    return true;
}

} // namespace

Result<QList<PharmacyAgreement>> PharmacyService::agreements(BotilbudId botilbud) const {
    return storage::PharmacyRepository(m_db).agreements(botilbud);
}

Result<std::optional<PharmacyAgreement>> PharmacyService::agreementOn(BotilbudId botilbud,
                                                                      const QDate& day) const {
    auto all = agreements(botilbud);
    if (!all) return all.error();
    for (const PharmacyAgreement& a : *all) { // newest start first
        if (a.covers(day)) return std::optional<PharmacyAgreement>(a);
    }
    return std::optional<PharmacyAgreement>();
}

ValidationIssues PharmacyService::check(const PharmacyAgreement& agreement) {
    return PharmacyValidator::validate(agreement);
}

Result<PharmacyAgreementId> PharmacyService::saveAgreement(const PharmacyAgreement& agreement) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::EditPharmacyWork, agreement.botilbudId);
        !allowed)
        return allowed.error();
    if (const auto issues = check(agreement); !issues.isEmpty())
        return toError(QStringLiteral("pharmacy agreement"), issues);
    storage::PharmacyRepository repository(m_db);
    if (!agreement.id.isValid()) return repository.addAgreement(agreement);
    if (auto updated = repository.updateAgreement(agreement); !updated) return updated.error();
    return agreement.id;
}

Status PharmacyService::removeAgreement(const PharmacyAgreement& agreement) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::EditPharmacyWork, agreement.botilbudId);
        !allowed)
        return allowed;
    return storage::PharmacyRepository(m_db).removeAgreement(agreement.id);
}

Result<QList<QaChecklist>> PharmacyService::checklists(BotilbudId botilbud) const {
    return storage::PharmacyRepository(m_db).checklists(botilbud);
}

Result<QaChecklist> PharmacyService::currentChecklist(BotilbudId botilbud, bool createIfMissing) const {
    auto all = checklists(botilbud);
    if (!all) return all.error();
    if (!all->isEmpty()) return all->constLast();
    QaChecklist fresh{{}, botilbud, 1, QDate::currentDate(), DefaultQaChecklist::items()};
    if (!createIfMissing) return fresh;
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::EditPharmacyWork, botilbud); !allowed)
        return allowed.error();
    storage::PharmacyRepository repository(m_db);
    auto id = repository.addChecklistVersion(fresh);
    if (!id) return id.error();
    return repository.checklist(*id);
}

Result<QaChecklist> PharmacyService::saveChecklist(BotilbudId botilbud, const QList<QaChecklistItem>& items,
                                                   const QDate& today) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::EditPharmacyWork, botilbud); !allowed)
        return allowed.error();
    // Grouped by area in the audit's order, each area's items in the order given.
    QList<QaChecklistItem> ordered = items;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const QaChecklistItem& a, const QaChecklistItem& b) { return a.area < b.area; });
    const QaChecklist next{{}, botilbud, 0, today, ordered};
    if (const auto issues = PharmacyValidator::validate(next); !issues.isEmpty())
        return toError(QStringLiteral("checklist"), issues);
    auto current = checklists(botilbud);
    if (!current) return current.error();
    if (!current->isEmpty() && sameItems(current->constLast().items, ordered)) return current->constLast();
    storage::PharmacyRepository repository(m_db);
    auto id = repository.addChecklistVersion(next);
    if (!id) return id.error();
    return repository.checklist(*id);
}

Result<QList<PharmacyQuestion>> PharmacyService::questions(BotilbudId botilbud) const {
    return storage::PharmacyRepository(m_db).questions(botilbud);
}

ValidationIssues PharmacyService::check(const PharmacyQuestion& question, const QDate& today) {
    return PharmacyValidator::validate(question, today);
}

Result<PharmacyQuestionId> PharmacyService::saveQuestion(const PharmacyQuestion& question,
                                                         const QDate& today) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::LogPharmacyQuestion, question.botilbudId);
        !allowed)
        return allowed.error();
    if (const auto issues = check(question, today); !issues.isEmpty())
        return toError(QStringLiteral("pharmacy question"), issues);
    storage::PharmacyRepository repository(m_db);
    if (!question.id.isValid()) return repository.addQuestion(question);
    if (auto updated = repository.updateQuestion(question); !updated) return updated.error();
    return question.id;
}

Status PharmacyService::removeQuestion(const PharmacyQuestion& question) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::LogPharmacyQuestion, question.botilbudId);
        !allowed)
        return allowed;
    return storage::PharmacyRepository(m_db).removeQuestion(question.id);
}

} // namespace medsafe::services
