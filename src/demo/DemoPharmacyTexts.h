#pragma once

#include "domain/pharmacy/PharmacyQuestion.h"
#include "domain/pharmacy/QaChecklist.h"

#include <QList>
#include <QString>

namespace medsafe::demo {

// Danish texts of the demo's pharmacy work: everyday questions with the pharmacy's answers,
// and the actions a botilbud takes on what a visit found, per area. About medicines and
// routines only: no resident, no staff name, no CPR number.
class DemoPharmacyTexts {
public:
    struct QuestionText {
        domain::QuestionCategory category;
        QString question;
        QString answer;
    };

    static const QList<QuestionText>& questions();
    static QString actionFor(domain::QaArea area, int variant);
    static QList<QString> pharmacies();
};

} // namespace medsafe::demo
