#pragma once

#include "cli/SeriesRequest.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace medsafe::cli {

// Reads one series of `analyze` from JSON, in either of two shapes:
// * a reference case (tests/data/qicharts2*/): {"id", "chart", "inputs": {x, y, n, options...},
//   "settings": {"method"}}, as read by --case;
// * a batch line: {"id", "chart", "x", "y", "n", "options": {...}}, as read by --batch.
// Option names are those of the case files: freeze, part, exclude, multiply, agg_fun, cl,
// target, y_neg, method, rules, or, limit, use_na. An unknown key is refused, so a typo never
// silently drops an option. Returns a translated message on the first problem.
class SeriesJson {
public:
    static std::optional<QString> read(const QJsonObject& root, SeriesRequest& request);
    // Only the options; every other key is refused unless it is one of `dataKeys`.
    static std::optional<QString> readOptions(const QJsonObject& object, SeriesOptions& options,
                                              const QStringList& dataKeys = {});
};

} // namespace medsafe::cli
