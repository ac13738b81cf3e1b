#pragma once

#include "charts/ChartSpec.h"

#include <QString>

namespace medsafe::report {

// One piece of a report page: rich text (headings, paragraphs, tables as simple HTML), a
// chart drawn as vectors, or a forced page break. `keepWithNext` holds a heading or a chart
// on the same page as what follows it.
struct ReportBlock {
    enum class Kind { Html, Chart, PageBreak };

    Kind kind = Kind::Html;
    QString html;
    charts::ChartSpec chart;
    qreal chartHeight = 0; // in 96-dpi pixels
    bool keepWithNext = false;

    static ReportBlock text(QString html, bool keepWithNext = false) {
        ReportBlock b;
        b.html = std::move(html);
        b.keepWithNext = keepWithNext;
        return b;
    }
    static ReportBlock figure(charts::ChartSpec spec, qreal height) {
        ReportBlock b;
        b.kind = Kind::Chart;
        b.chart = std::move(spec);
        b.chartHeight = height;
        b.keepWithNext = true; // the reading belongs beneath its chart
        return b;
    }
    static ReportBlock pageBreak() {
        ReportBlock b;
        b.kind = Kind::PageBreak;
        return b;
    }
};

} // namespace medsafe::report
