#pragma once

#include <QCoreApplication>
#include <QString>

namespace medsafe::domain {

// Refuses texts that identify a resident: a CPR-shaped number (CprDetector), or a name right
// after the words staff use for a resident ("beboeren Hans", "borger K.J.", "fru Jensen").
// The app stores no residents, so there is no list of names to match; the words around a
// name are what gives it away. Questions to the pharmacy and audit notes are about the
// medicine and the routine, never about who. Stateless; any thread.
class ResidentTextGuard {
    Q_DECLARE_TR_FUNCTIONS(ResidentTextGuard)

public:
    // An empty string when the text may be stored, else the reason in the user's language.
    static QString problemIn(const QString& text);
    static bool namesResident(const QString& text);
};

} // namespace medsafe::domain
