#pragma once

#include "domain/Person.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace medsafe::services {

// Warns when free text names a member of staff: incidents are about what happened, not who,
// and an incident that names the reporter or a colleague stops being a learning tool. Words of
// three letters or more from the staff list are matched as whole words, ignoring case. It only
// warns (a drug or a place can share a name); the person confirms. Stateless; any thread.
class StaffNameGuard {
public:
    static constexpr int kMinimumWordLength = 3;

    // The staff names (full names, in list order) with a word found in `text`.
    static QStringList namesIn(const QString& text, const QList<domain::Person>& staff);
};

} // namespace medsafe::services
