#pragma once

#include "domain/Measure.h"

#include <QList>

namespace medsafe::domain {

// The nine default measures of docs/domain.md, created for every new botilbud (editable
// afterwards). Names and definitions are Danish data, not UI text: they belong to the
// botilbud once created, so they are not translated.
class DefaultMeasures {
public:
    // Measures without ids or botilbud; the caller sets botilbudId before storing them.
    static QList<Measure> forNewBotilbud();
};

} // namespace medsafe::domain
