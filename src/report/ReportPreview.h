#pragma once

#include "report/ReportDocument.h"

#include <QTextDocument>

namespace medsafe::report {

// A report's blocks as one flowing QTextDocument for the screen: the text blocks in order
// with the report's style sheet, each chart as an image resource drawn at the preview width,
// and a thin rule where the PDF breaks the page. So the app shows exactly what the PDF says,
// in its order, without a PDF viewer. GUI thread (charts are drawn with Qt Charts).
class ReportPreview {
public:
    static constexpr qreal kDevicePixelRatio = 2.0; // sharp on high-DPI screens, fine on others

    // Replaces `target`'s content. `width` is the text width in logical pixels; charts are
    // drawn that wide at the report's chart height.
    static void fill(QTextDocument& target, const ReportDocument& document, int width);
    // The same in two steps, so a screen can show the text at once and draw the charts one by
    // one afterwards (each chart costs ~15 ms; nine of them would hold a month switch for
    // ~150 ms): fillText() puts blank placeholders of the right size where the charts go,
    // drawChart() replaces the placeholder of chart `index` (0-based, in order).
    static void fillText(QTextDocument& target, const ReportDocument& document, int width);
    static void drawChart(QTextDocument& target, const ReportDocument& document, int index, int width);
    static int chartCount(const ReportDocument& document);
    // The HTML fill() sets (charts referenced as "chart:N"), for tests and for copying.
    static QString html(const ReportDocument& document, int width);
};

} // namespace medsafe::report
