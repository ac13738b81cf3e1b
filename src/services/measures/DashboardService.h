#pragma once

#include "analysis/ChartResult.h"
#include "domain/ChangeIdea.h"
#include "domain/Measure.h"
#include "domain/PdsaCycle.h"
#include "domain/Programme.h"
#include "domain/Result.h"
#include "services/measures/ChartInputFactory.h"
#include "services/measures/MeasureSeriesService.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace medsafe::storage {
class Database;
}

namespace medsafe::services {

// One measure's chart, computed: the series, the engine's input and result (or why there is
// none), and the direction of the plotted values for the verdict.
struct MeasureChart {
    domain::Measure measure;
    MeasureSeries series;
    ChartRequest request;
    std::optional<analysis::ChartResult> result;
    QString problem; // technical English when there is no result (too few points, bad data)
    domain::Direction plottedDirection = domain::Direction::LowerIsBetter;

    // The plotted value of the last point when it lies in [from, to], else nothing.
    std::optional<double> latestValue(const QDate& from, const QDate& to) const;
    // The centre line at the last point (the median of a run chart).
    std::optional<double> currentCentre() const;
};

// Where the botilbud is in its programme: "Fase 2 af 4 — måned 11 af 24".
struct ProgrammeProgress {
    enum class State { NoProgramme, NotStarted, Running, Ended };
    State state = State::NoProgramme;
    int phase = 0;  // 1..4 while running
    int month = 0;  // 1-based month of the programme while running
    int months = 0; // the programme's length in months
    QDate start;
    QDate end;

    static ProgrammeProgress of(const std::optional<domain::Programme>& programme, const QDate& asOf);
};

// Everything the leader's overview (Ledelsesoverblik) shows for one botilbud.
struct DashboardData {
    domain::Botilbud botilbud;
    QDate asOf;
    ProgrammeProgress progress;
    std::optional<QDate> lastErrorDate; // the latest medication incident up to asOf, any kind
    std::optional<int> daysSinceLastError; // IncidentStatistics' count on asOf
    QList<MeasureChart> charts; // every active measure, in sort order
    // For the chart annotations: the botilbud's PDSA cycles and change ideas.
    QList<domain::PdsaCycle> cycles;
    QList<domain::ChangeIdea> changeIdeas;
};

// Computes every measure's chart of a botilbud in one pass with few queries: the measures
// (with chart settings), one series query per typed measure, one incident query per distinct
// incident filter, and the PDSA cycles and change ideas for the annotations. QtCore only;
// runs on the thread that opened the database.
class DashboardService {
public:
    explicit DashboardService(storage::Database& db);

    // asOf defaults to today.
    Result<DashboardData> load(domain::BotilbudId botilbud, const QDate& asOf = {}) const;
    // One measure's chart in the chart type asked for (default: the measure's own), with the
    // cycles and change ideas of its botilbud in `data` (charts holds that one chart).
    Result<DashboardData> loadOne(domain::MeasureId measure,
                                  std::optional<domain::ChartType> chart = std::nullopt,
                                  const QDate& asOf = {}) const;

    // Builds a chart from a series already read (the chart type falls back to the run chart
    // when it does not suit the kind).
    static MeasureChart chartOf(const domain::Measure& measure, MeasureSeries series,
                                domain::ChartType chart);

private:
    Result<DashboardData> loadMeasures(domain::BotilbudId botilbud, const QList<domain::Measure>& measures,
                                       std::optional<domain::ChartType> chart, const QDate& asOf) const;

    storage::Database& m_db;
};

} // namespace medsafe::services
