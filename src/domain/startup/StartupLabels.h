#pragma once

#include "domain/Taxonomy.h"
#include "domain/startup/Guideline.h"
#include "domain/startup/WorkflowAnalysis.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace medsafe::domain {

// Translated labels of the start-up work's enums, and the delegated rights a botilbud most
// often registers (offered in the register's editable list; any other text is allowed).
class StartupLabels {
    Q_DECLARE_TR_FUNCTIONS(StartupLabels)

public:
    static QString label(AnalysisKind value);
    static QString label(RiskLevel value);
    static QString label(GuidelineStatus value);
    // The step's name in the workflow analysis ("Bestilling", "Opfølgning"): the process as the
    // working group walks it, worded a little differently from the incident taxonomy's stage.
    static QString stepLabel(ProcessStage stage);
    static QStringList commonDelegatedRights();

    template <typename E> static QList<CodeLabel> entries() {
        QList<CodeLabel> list;
        for (E value : allValues<E>())
            list.append({toCode(value), label(value)});
        return list;
    }
};

} // namespace medsafe::domain
