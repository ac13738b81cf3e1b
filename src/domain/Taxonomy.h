#pragma once

#include "domain/IncidentTaxonomy.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace medsafe::domain {

// A storage code and its translated label, for combo boxes and reports.
struct CodeLabel {
    QString code;
    QString label;
};

// Danish (translated) labels for the incident taxonomy, and code <-> label lists for the GUI.
class Taxonomy {
    Q_DECLARE_TR_FUNCTIONS(Taxonomy)

public:
    static QString label(ProcessStage value);
    static QString label(ErrorType value);
    static QString label(ActualConsequence value);
    static QString label(PossibleConsequence value);
    static QString label(OverallCategory value);
    static QString label(NccMerpCategory value);
    static QString label(IncidentStatus value);

    // All values of E in display order, e.g. entries<ErrorType>().
    template <typename E> static QList<CodeLabel> entries() {
        QList<CodeLabel> list;
        for (E value : allValues<E>())
            list.append({toCode(value), label(value)});
        return list;
    }
};

} // namespace medsafe::domain
