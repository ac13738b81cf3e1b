#pragma once

#include "domain/Measure.h"
#include "domain/pharmacy/PharmacyQuestion.h"
#include "domain/pharmacy/QaChecklist.h"
#include "domain/pharmacy/QaVisit.h"
#include "services/measures/MeasureSeries.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <optional>

namespace medsafe::services {

// How a visit's answers add up: the compliance share counts compliant items among those that
// applied (not applicable and unanswered items are left out).
struct ComplianceCount {
    int compliant = 0;
    int notCompliant = 0;
    int notApplicable = 0;
    int unanswered = 0;

    int applicable() const { return compliant + notCompliant; }
    std::optional<double> share() const {
        if (applicable() == 0) return std::nullopt;
        return double(compliant) / applicable();
    }
    friend bool operator==(const ComplianceCount&, const ComplianceCount&) = default;
};

struct AreaCompliance {
    domain::QaArea area = domain::QaArea::Storage;
    ComplianceCount count;

    friend bool operator==(const AreaCompliance&, const AreaCompliance&) = default;
};

// Named for questions: IncidentStatistics has a CategoryCount of its own in this namespace, and
// two classes of one name break the one-definition rule (and any file that includes both).
struct QuestionCategoryCount {
    domain::QuestionCategory category = domain::QuestionCategory::Other;
    int count = 0;

    friend bool operator==(const QuestionCategoryCount&, const QuestionCategoryCount&) = default;
};

// The measures derived from the pharmacy's work, never typed twice: the share of checklist
// points complied with per visit (overall and per area) and the questions asked per month
// (all, or one category), as MeasureSeries the run chart machinery draws. Stateless.
class PharmacyFigures {
    Q_DECLARE_TR_FUNCTIONS(PharmacyFigures)

public:
    // The checklist version `visit` was audited against, or null when it is not in `checklists`.
    static const domain::QaChecklist* checklistFor(const domain::QaVisit& visit,
                                                   const QList<domain::QaChecklist>& checklists);
    static ComplianceCount compliance(const domain::QaVisit& visit, const domain::QaChecklist& checklist,
                                      std::optional<domain::QaArea> area = std::nullopt);
    // Areas in QaArea order; areas the checklist has no items in are left out.
    static QList<AreaCompliance> complianceByArea(const domain::QaVisit& visit,
                                                  const domain::QaChecklist& checklist);

    // One point per visit (dated by the visit), numerator the compliant items, denominator the
    // applicable ones; visits where nothing applied are left out.
    static MeasureSeries complianceSeries(const QList<domain::QaVisit>& visits,
                                          const QList<domain::QaChecklist>& checklists,
                                          std::optional<domain::QaArea> area = std::nullopt);
    // The measure such a series is drawn as: "Andel overholdte punkter ved kvalitetssikring".
    static domain::Measure complianceMeasure(std::optional<domain::QaArea> area = std::nullopt);

    // Questions asked per month from `firstMonth` to `lastMonth` (first days), zero months
    // included.
    static MeasureSeries questionSeries(const QList<domain::PharmacyQuestion>& questions,
                                        const QDate& firstMonth, const QDate& lastMonth,
                                        std::optional<domain::QuestionCategory> category = std::nullopt);
    static domain::Measure questionMeasure(std::optional<domain::QuestionCategory> category = std::nullopt);
    // Questions asked in [from, to] per category, in category order, zero counts included.
    static QList<QuestionCategoryCount> questionsByCategory(const QList<domain::PharmacyQuestion>& questions,
                                                            const QDate& from, const QDate& to);
};

} // namespace medsafe::services
