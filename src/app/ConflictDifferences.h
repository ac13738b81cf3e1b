#pragma once

#include "app/DialogService.h"
#include "domain/Incident.h"
#include "domain/PdsaCycle.h"

#include <QCoreApplication>

namespace medsafe::app {

// The fields a person sees that differ between their edit and the version someone else saved,
// labelled as in the forms, for the save-conflict dialog.
class ConflictDifferences {
    Q_DECLARE_TR_FUNCTIONS(ConflictDifferences)

public:
    static QList<FieldDifference> between(const domain::PdsaCycle& mine, const domain::PdsaCycle& theirs);
    static QList<FieldDifference> between(const domain::Incident& mine, const domain::Incident& theirs);
};

} // namespace medsafe::app
