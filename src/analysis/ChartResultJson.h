#pragma once

#include "analysis/ChartResult.h"

#include <string>
#include <string_view>
#include <vector>

namespace medsafe::analysis {

// Writes a ChartResult as the "outputs" object of the oracle case files (same field names and
// order, nulls for missing numbers, shortest round-trip reals), so that results can be diffed
// against qicharts2 and exported. Standard C++ only, so the engine can be used without Qt.
class ChartResultJson {
public:
    // `xTokens` are ready-made JSON values for points.x (e.g. `3` or `"2024-01-01"`); when
    // empty, x is the 0-based point index (xbar: the subgroup id). `indent` is the column of
    // the object's closing brace; its fields go two spaces deeper.
    // Anhøj results have exactly the case-file fields; IHI results add their facts per part,
    // xbar and s results add points.subgroup_size, and a given target adds points.target.
    static std::string outputs(const ChartResult& result, const std::vector<std::string>& xTokens = {}, int indent = 0);

    // Shortest decimal that reads back to the same double; "null" for NaN or infinity.
    static std::string number(double value);
    // A JSON string literal with the necessary escapes.
    static std::string quote(std::string_view text);
};

} // namespace medsafe::analysis
