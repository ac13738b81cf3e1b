#pragma once

#include "domain/PdsaCycle.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace medsafe::services {

// How far a botilbud has come with one change, for the spread matrix and the spread page.
enum class SpreadStatus {
    NotStarted, // no cycle started (or the botilbud has not got the idea)
    Abandoned,  // tested and given up (decided "abandon"), nothing running
    Testing,    // a cycle is running (Do/Study) or completed without "adopt"
    Adopted,    // a cycle was decided "adopt"
};

// The rule from the cycles of the idea, written once: adopted if any cycle decided Adopt; being
// tested if a cycle is doing or studying, or completed with another decision than abandon;
// abandoned if the only tests ended in abandon; otherwise not started. Labels carry a symbol,
// so the status never depends on colour alone. Stateless; any thread.
class SpreadStatusRule {
    Q_DECLARE_TR_FUNCTIONS(SpreadStatusRule)

public:
    static SpreadStatus of(const QList<domain::PdsaCycle>& cyclesOfIdea);
    static QString label(SpreadStatus status);  // "implementeret"
    static QString symbol(SpreadStatus status); // ✔ ◐ ✕ ○
};

} // namespace medsafe::services
