#include "services/pharmacy/PharmacyFigures.h"

#include "domain/pharmacy/PharmacyLabels.h"

#include <QHash>

namespace medsafe::services {

using namespace medsafe::domain;

const QaChecklist* PharmacyFigures::checklistFor(const QaVisit& visit, const QList<QaChecklist>& checklists) {
    for (const QaChecklist& c : checklists) {
        if (c.id == visit.checklistId) return &c;
    }
    return nullptr;
}

ComplianceCount PharmacyFigures::compliance(const QaVisit& visit, const QaChecklist& checklist,
                                            std::optional<QaArea> area) {
    ComplianceCount count;
    for (const QaChecklistItem& item : checklist.items) {
        if (area && item.area != *area) continue;
        const QaAnswer* answer = visit.answerFor(item.id);
        if (!answer) {
            ++count.unanswered;
            continue;
        }
        switch (answer->result) {
        case QaResult::Compliant:
            ++count.compliant;
            break;
        case QaResult::NotCompliant:
            ++count.notCompliant;
            break;
        case QaResult::NotApplicable:
            ++count.notApplicable;
            break;
        }
    }
    return count;
}

QList<AreaCompliance> PharmacyFigures::complianceByArea(const QaVisit& visit, const QaChecklist& checklist) {
    QList<AreaCompliance> areas;
    for (QaArea area : allValues<QaArea>()) {
        const bool used = std::any_of(checklist.items.cbegin(), checklist.items.cend(),
                                      [area](const QaChecklistItem& i) { return i.area == area; });
        if (used) areas << AreaCompliance{area, compliance(visit, checklist, area)};
    }
    return areas;
}

MeasureSeries PharmacyFigures::complianceSeries(const QList<QaVisit>& visits,
                                                const QList<QaChecklist>& checklists,
                                                std::optional<QaArea> area) {
    QHash<qint64, const QaChecklist*> byId;
    for (const QaChecklist& c : checklists)
        byId.insert(c.id.value, &c);
    MeasureSeries series;
    series.kind = MeasureKind::Proportion;
    series.multiply = 100.0;
    for (const QaVisit& visit : visits) {
        const QaChecklist* checklist = byId.value(visit.checklistId.value);
        if (!checklist) continue;
        const ComplianceCount count = compliance(visit, *checklist, area);
        if (count.applicable() == 0) continue;
        MeasurePoint point;
        point.date = visit.visitDate;
        point.numerator = count.compliant;
        point.denominator = count.applicable();
        series.points << point;
    }
    return series;
}

Measure PharmacyFigures::complianceMeasure(std::optional<QaArea> area) {
    Measure m;
    m.name = area ? tr("Share of checklist points complied with: %1").arg(PharmacyLabels::label(*area))
                  : tr("Share of checklist points complied with at quality assurance");
    m.kind = MeasureKind::Proportion;
    m.type = MeasureType::Process;
    m.direction = Direction::HigherIsBetter;
    m.operationalDefinition = tr(
        "Per pharmacy visit: items answered compliant divided by the items that applied (compliant or not).");
    m.numeratorDefinition = tr("Items complied with");
    m.denominatorDefinition = tr("Items that applied");
    return m;
}

MeasureSeries PharmacyFigures::questionSeries(const QList<PharmacyQuestion>& questions,
                                              const QDate& firstMonth, const QDate& lastMonth,
                                              std::optional<QuestionCategory> category) {
    QHash<QDate, int> perMonth;
    for (const PharmacyQuestion& q : questions) {
        if (category && q.category != *category) continue;
        perMonth[QDate(q.askedOn.year(), q.askedOn.month(), 1)] += 1;
    }
    MeasureSeries series;
    series.kind = MeasureKind::Count;
    if (!firstMonth.isValid() || !lastMonth.isValid()) return series;
    for (QDate month(firstMonth.year(), firstMonth.month(), 1); month <= lastMonth;
         month = month.addMonths(1)) {
        MeasurePoint point;
        point.date = month;
        point.numerator = perMonth.value(month);
        series.points << point;
    }
    return series;
}

Measure PharmacyFigures::questionMeasure(std::optional<QuestionCategory> category) {
    Measure m;
    m.name = category ? tr("Questions to the pharmacy per month: %1").arg(PharmacyLabels::label(*category))
                      : tr("Questions to the pharmacy per month");
    m.kind = MeasureKind::Count;
    m.type = MeasureType::Process;
    m.direction = Direction::HigherIsBetter; // asking is the safe habit the network builds
    m.operationalDefinition =
        tr("Questions logged in the question log, counted by the month they were asked.");
    return m;
}

QList<QuestionCategoryCount> PharmacyFigures::questionsByCategory(const QList<PharmacyQuestion>& questions,
                                                                  const QDate& from, const QDate& to) {
    QList<QuestionCategoryCount> counts;
    for (QuestionCategory category : allValues<QuestionCategory>())
        counts << QuestionCategoryCount{category, 0};
    for (const PharmacyQuestion& q : questions) {
        if ((from.isValid() && q.askedOn < from) || (to.isValid() && q.askedOn > to)) continue;
        for (QuestionCategoryCount& c : counts) {
            if (c.category == q.category) ++c.count;
        }
    }
    return counts;
}

} // namespace medsafe::services
