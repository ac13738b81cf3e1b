#include "services/pharmacy/QaVisitService.h"

#include "domain/ChangeIdea.h"
#include "domain/pharmacy/PharmacyValidator.h"
#include "services/access/AccessPolicy.h"
#include "services/pharmacy/PharmacyService.h"
#include "storage/ImprovementRepository.h"
#include "storage/PharmacyRepository.h"
#include "storage/QaVisitRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <algorithm>

namespace medsafe::services {

using namespace medsafe::domain;

Result<QList<QaVisit>> QaVisitService::visits(BotilbudId botilbud) const {
    return storage::QaVisitRepository(m_db).visits(botilbud);
}

ValidationIssues QaVisitService::check(const QaVisit& visit, const QaChecklist& checklist,
                                       const QDate& today) {
    return PharmacyValidator::validate(visit, checklist, today);
}

Result<QaVisitId> QaVisitService::saveVisit(const QaVisit& input, const QDate& today) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::EditPharmacyWork, input.botilbudId);
        !allowed)
        return allowed.error();
    storage::Transaction tx(m_db);
    QaVisit visit = input;
    QaChecklist checklist;
    if (visit.checklistId.isValid()) {
        auto stored = storage::PharmacyRepository(m_db).checklist(visit.checklistId);
        if (!stored) return stored.error();
        checklist = *stored;
    } else {
        auto current = PharmacyService(m_db).currentChecklist(visit.botilbudId, true);
        if (!current) return current.error();
        checklist = *current;
        visit.checklistId = checklist.id;
    }
    if (const auto issues = check(visit, checklist, today); !issues.isEmpty())
        return toError(QStringLiteral("quality-assurance visit"), issues);
    storage::QaVisitRepository repository(m_db);
    if (visit.id.isValid()) {
        if (auto updated = repository.updateVisit(visit); !updated) return updated.error();
    } else {
        auto id = repository.addVisit(visit);
        if (!id) return id.error();
        visit.id = *id;
    }
    if (auto synced = syncFindings(visit); !synced) return synced.error();
    if (auto committed = tx.commit(); !committed) return committed.error();
    return visit.id;
}

Status QaVisitService::syncFindings(const QaVisit& visit) const {
    storage::QaVisitRepository repository(m_db);
    auto all = repository.findings(visit.botilbudId);
    if (!all) return all.error();
    QHash<qint64, QaFinding> existing;
    for (const QaFinding& f : *all) {
        if (f.visitId == visit.id) existing.insert(f.itemId.value, f);
    }
    for (const QaAnswer& answer : visit.answers) {
        if (answer.result != QaResult::NotCompliant || existing.contains(answer.itemId.value)) continue;
        QaFinding finding;
        finding.visitId = visit.id;
        finding.itemId = answer.itemId;
        finding.dueDate = visit.visitDate.addDays(kDefaultDueDays);
        if (auto id = repository.addFinding(finding); !id) return id.error();
    }
    for (const QaFinding& f : std::as_const(existing)) {
        const QaAnswer* answer = visit.answerFor(f.itemId);
        const bool stillFound = answer && answer->result == QaResult::NotCompliant;
        const bool untouched =
            f.status == FindingStatus::Open && f.action.trimmed().isEmpty() && !f.changeIdeaId;
        if (!stillFound && untouched) {
            if (auto removed = repository.removeFinding(f.id); !removed) return removed;
        }
    }
    return success();
}

Status QaVisitService::removeVisit(const QaVisit& visit) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::EditPharmacyWork, visit.botilbudId);
        !allowed)
        return allowed;
    return storage::QaVisitRepository(m_db).removeVisit(visit.id);
}

Result<QList<FindingRow>> QaVisitService::findings(BotilbudId botilbud) const {
    auto visitList = visits(botilbud);
    if (!visitList) return visitList.error();
    auto lists = storage::PharmacyRepository(m_db).checklists(botilbud);
    if (!lists) return lists.error();
    return findings(botilbud, *visitList, *lists);
}

Result<QList<FindingRow>> QaVisitService::findings(BotilbudId botilbud, const QList<QaVisit>& visitList,
                                                   const QList<QaChecklist>& checklists) const {
    auto found = storage::QaVisitRepository(m_db).findings(botilbud);
    if (!found) return found.error();
    QHash<qint64, QDate> visitDates;
    for (const QaVisit& v : visitList)
        visitDates.insert(v.id.value, v.visitDate);
    QHash<qint64, QaChecklistItem> items;
    for (const QaChecklist& c : checklists) {
        for (const QaChecklistItem& i : c.items)
            items.insert(i.id.value, i);
    }
    QList<FindingRow> rows;
    for (const QaFinding& f : *found)
        rows << FindingRow{f, visitDates.value(f.visitId.value), items.value(f.itemId.value)};
    return rows;
}

Result<QList<FindingRow>> QaVisitService::overdueFindings(BotilbudId botilbud, const QDate& today) const {
    auto all = findings(botilbud);
    if (!all) return all.error();
    QList<FindingRow> overdue;
    for (const FindingRow& row : *all) {
        if (row.finding.isOverdue(today)) overdue << row;
    }
    std::stable_sort(overdue.begin(), overdue.end(), [](const FindingRow& a, const FindingRow& b) {
        return a.finding.dueDate < b.finding.dueDate;
    });
    return overdue;
}

ValidationIssues QaVisitService::check(const QaFinding& finding, const QDate& visitDate, const QDate& today) {
    return PharmacyValidator::validate(finding, visitDate, today);
}

Status QaVisitService::saveFinding(BotilbudId botilbud, const QaFinding& finding, const QDate& today) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::EditPharmacyWork, botilbud); !allowed)
        return allowed;
    auto all = findings(botilbud);
    if (!all) return all.error();
    const auto row = std::find_if(all->cbegin(), all->cend(),
                                  [&](const FindingRow& r) { return r.finding.id == finding.id; });
    if (row == all->cend())
        return Error::forUser(
            QStringLiteral("finding %1 not in botilbud %2").arg(finding.id.value).arg(botilbud.value),
            tr("The finding is not one of this botilbud's."));
    if (const auto issues = check(finding, row->visitDate, today); !issues.isEmpty())
        return toError(QStringLiteral("finding"), issues);
    return storage::QaVisitRepository(m_db).updateFinding(finding);
}

Result<ChangeIdeaId> QaVisitService::makeChangeIdea(BotilbudId botilbud, QaFindingId findingId,
                                                    std::optional<DriverId> driver) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::EditImprovement, botilbud); !allowed)
        return allowed.error();
    auto all = findings(botilbud);
    if (!all) return all.error();
    const auto row = std::find_if(all->cbegin(), all->cend(),
                                  [&](const FindingRow& r) { return r.finding.id == findingId; });
    if (row == all->cend())
        return Error::forUser(
            QStringLiteral("finding %1 not in botilbud %2").arg(findingId.value).arg(botilbud.value),
            tr("The finding is not one of this botilbud's."));
    if (row->finding.changeIdeaId)
        return Error::forUser(QStringLiteral("finding %1 already linked").arg(findingId.value),
                              tr("This finding is already a change idea."));
    ChangeIdea idea;
    idea.botilbudId = botilbud;
    idea.driverId = driver;
    idea.title = row->finding.action.trimmed().isEmpty() ? row->item.text : row->finding.action.trimmed();
    idea.description = tr("From the pharmacy's quality assurance on %1: \"%2\" was not compliant.")
                           .arg(QLocale().toString(row->visitDate, QLocale::ShortFormat), row->item.text);
    storage::Transaction tx(m_db);
    auto id = storage::ImprovementRepository(m_db).addChangeIdea(idea);
    if (!id) return id.error();
    QaFinding linked = row->finding;
    linked.changeIdeaId = *id;
    if (auto updated = storage::QaVisitRepository(m_db).updateFinding(linked); !updated)
        return updated.error();
    if (auto committed = tx.commit(); !committed) return committed.error();
    return *id;
}

} // namespace medsafe::services
