#pragma once

#include "domain/ChecklistItem.h"
#include "domain/Driver.h"
#include "domain/Measure.h"
#include "domain/MonthlyReport.h"
#include "domain/PdsaCycle.h"
#include "domain/Person.h"
#include "domain/Programme.h"
#include "domain/ProgrammeEvent.h"
#include "domain/Taxonomy.h"
#include "domain/TrainingRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace medsafe::domain {

// Translated labels for every other enum of the domain (roles, phases, measure kinds, PDSA
// statuses, ...), the counterpart of Taxonomy for the programme side.
class DomainLabels {
    Q_DECLARE_TR_FUNCTIONS(DomainLabels)

public:
    static QString label(PersonRole value);
    static QString label(Phase value);
    static QString label(EventKind value);
    static QString label(ChecklistKind value);
    static QString label(DriverLevel value);
    static QString label(MeasureKind value);
    static QString label(MeasureType value);
    static QString label(Direction value);
    static QString label(ChartType value);
    static QString label(PdsaStatus value);
    static QString label(ActDecision value);
    static QString label(TrainingProvider value);
    static QString label(ReportStatus value);

    // Comma-separated labels of a role set, in the order of PersonRole.
    static QString label(PersonRoles roles);

    template <typename E> static QList<CodeLabel> entries() {
        QList<CodeLabel> list;
        for (E value : allValues<E>())
            list.append({toCode(value), label(value)});
        return list;
    }
};

} // namespace medsafe::domain
