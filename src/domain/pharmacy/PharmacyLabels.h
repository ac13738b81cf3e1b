#pragma once

#include "domain/EnumCodes.h"
#include "domain/Taxonomy.h"
#include "domain/pharmacy/PharmacyQuestion.h"
#include "domain/pharmacy/QaChecklist.h"
#include "domain/pharmacy/QaFinding.h"
#include "domain/pharmacy/QaVisit.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace medsafe::domain {

// Translated labels of the pharmacy's enums (areas, answers, severities, statuses, question
// categories), as DomainLabels is for the rest of the programme.
class PharmacyLabels {
    Q_DECLARE_TR_FUNCTIONS(PharmacyLabels)

public:
    static QString label(QaArea value);
    static QString label(QaResult value);
    static QString label(FindingSeverity value);
    static QString label(FindingStatus value);
    static QString label(QuestionCategory value);

    template <typename E> static QList<CodeLabel> entries() {
        QList<CodeLabel> list;
        for (E value : allValues<E>())
            list.append({toCode(value), label(value)});
        return list;
    }
};

} // namespace medsafe::domain
