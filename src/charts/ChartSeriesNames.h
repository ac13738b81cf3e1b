#pragma once

namespace medsafe::charts {

// Object names of the series and axes RunChartBuilder makes, so views, exporters and tests
// find them without knowing how the chart is assembled. Several series may share a name
// (a data line broken by gaps and parts is one series per segment).
struct ChartSeriesNames {
    static constexpr const char* kChart = "runChart";
    static constexpr const char* kValue = "valueSeries";            // line segments
    static constexpr const char* kValuePoints = "valuePointSeries"; // filled markers
    static constexpr const char* kCentreLine = "centreLineSeries";  // over the baseline, per part
    static constexpr const char* kCentreLineExtended = "centreLineExtendedSeries"; // after a freeze
    static constexpr const char* kUcl = "uclSeries";
    static constexpr const char* kLcl = "lclSeries";
    static constexpr const char* kTarget = "targetSeries";
    static constexpr const char* kSigmaPoints = "sigmaPointSeries";
    static constexpr const char* kExcludedPoints = "excludedPointSeries";
    static constexpr const char* kExcludedSigmaPoints = "excludedSigmaPointSeries";
    static constexpr const char* kAnnotations = "annotationSeries";           // one marker per number group
    static constexpr const char* kAnnotationGuides = "annotationGuideSeries"; // faint vertical lines
    static constexpr const char* kTimeAxis = "timeAxis";
    static constexpr const char* kValueAxis = "valueAxis";
    static constexpr const char* kAnnotationAxis = "annotationAxis";
    static constexpr const char* kTargetAxis = "targetAxis";
    // Dynamic properties set on series: the part a line belongs to, the annotation numbers.
    static constexpr const char* kPartProperty = "chartPart";
    static constexpr const char* kNumbersProperty = "annotationNumbers";
};

} // namespace medsafe::charts
