#pragma once

#include "analysis/AnalysisError.h"
#include "analysis/ChartInput.h"
#include "analysis/ChartType.h"

#include <optional>

namespace medsafe::analysis {

// Rejects input the engine cannot analyse meaningfully, before any computation, so that the
// statistics code can assume finite numbers, matching lengths and in-range indexes.
class InputValidator {
public:
    // nullopt when `input` is acceptable for `chart`.
    static std::optional<AnalysisError> validate(ChartType chart, const ChartInput& input);
};

} // namespace medsafe::analysis
