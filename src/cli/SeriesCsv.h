#pragma once

#include "cli/SeriesRequest.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace medsafe::cli {

// One series of a long CSV file, or why it cannot be read.
struct CsvSeries {
    SeriesRequest request;
    qsizetype line = 0;            // 1-based line of the series' first row
    std::optional<QString> error;  // the first bad row of the series, with its line number
};

// Reads the CSV input of `analyze`: ',' or ';' separated (';' files may use decimal commas),
// header optional, UTF-8 with or without BOM, an empty cell = a missing value, cells may be
// quoted (without separators inside). Messages are translated and name the line.
class SeriesCsv {
public:
    // One series with columns x,y[,n] (pareto: category,count; an empty category is missing).
    static std::optional<QString> readSeries(const QByteArray& bytes, SeriesRequest& request);
    // Many series with columns series,x,y[,n[,chart]]: rows are grouped by series id, in the
    // order the ids first appear (rows of one id need not be adjacent). `defaults` gives the
    // chart and options of every series; the chart column, when filled, overrides the chart.
    // A bad row spoils only its own series. Returns a message when the file as a whole is
    // unusable (no rows at all, too few columns in the header).
    static std::optional<QString> readLong(const QByteArray& bytes, const SeriesRequest& defaults,
                                           std::vector<CsvSeries>& series);
};

} // namespace medsafe::cli
