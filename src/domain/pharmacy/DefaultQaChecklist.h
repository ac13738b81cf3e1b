#pragma once

#include "domain/pharmacy/QaChecklist.h"

#include <QCoreApplication>

namespace medsafe::domain {

// The checklist that ships with the app: the points a pharmacy's quality assurance of
// medication handling looks at, per area, in Danish (translated through tr so an English
// user reads them too; stored as text once copied into a botilbud's first version).
class DefaultQaChecklist {
    Q_DECLARE_TR_FUNCTIONS(DefaultQaChecklist)

public:
    // Items without ids, grouped by area in QaArea order.
    static QList<QaChecklistItem> items();
};

} // namespace medsafe::domain
