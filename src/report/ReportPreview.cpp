#include "report/ReportPreview.h"

#include "charts/ChartExporter.h"
#include "charts/ChartStyle.h"

#include <QUrl>
#include <algorithm>

namespace medsafe::report {

namespace {
QUrl chartUrl(int index) {
    return QUrl(QStringLiteral("chart:%1").arg(index));
}
int chartHeight(const ReportBlock& block) {
    return static_cast<int>(block.chartHeight > 0 ? block.chartHeight : 270);
}
} // namespace

QString ReportPreview::html(const ReportDocument& document, int width) {
    QString out = QStringLiteral("<html><body>");
    int chart = 0;
    for (const ReportBlock& block : document.blocks()) {
        switch (block.kind) {
        case ReportBlock::Kind::Html:
            out += block.html;
            break;
        case ReportBlock::Kind::Chart:
            out += QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"></p>")
                       .arg(chartUrl(chart++).toString())
                       .arg(width)
                       .arg(chartHeight(block));
            break;
        case ReportBlock::Kind::PageBreak:
            // The PDF's page break; on screen a rule keeps the sections apart without gaps.
            out += QStringLiteral("<hr>");
            break;
        }
    }
    out += QStringLiteral("</body></html>");
    return out;
}

int ReportPreview::chartCount(const ReportDocument& document) {
    return static_cast<int>(std::count_if(document.blocks().cbegin(), document.blocks().cend(),
                                          [](const ReportBlock& b) { return b.kind == ReportBlock::Kind::Chart; }));
}

void ReportPreview::fillText(QTextDocument& target, const ReportDocument& document, int width) {
    width = std::max(width, 200);
    target.clear();
    target.setDefaultFont(charts::ChartStyle::bodyFont());
    target.setDefaultStyleSheet(ReportDocument::styleSheet());
    // Resources first: setHtml lays the images out with the sizes given in the HTML, and the
    // document looks the images up by URL when painting.
    int chart = 0;
    for (const ReportBlock& block : document.blocks()) {
        if (block.kind != ReportBlock::Kind::Chart) continue;
        QImage blank(QSize(width, chartHeight(block)), QImage::Format_RGB32);
        blank.fill(charts::ChartStyle::gridColor());
        target.addResource(QTextDocument::ImageResource, chartUrl(chart++), blank);
    }
    target.setHtml(html(document, width));
    target.setTextWidth(width);
}

void ReportPreview::drawChart(QTextDocument& target, const ReportDocument& document, int index, int width) {
    width = std::max(width, 200);
    int chart = 0;
    for (const ReportBlock& block : document.blocks()) {
        if (block.kind != ReportBlock::Kind::Chart) continue;
        if (chart++ != index) continue;
        const QImage image = charts::ChartExporter::renderImage(block.chart, QSize(width, chartHeight(block)),
                                                                kDevicePixelRatio, false);
        // The image keeps its size, so the view only needs a repaint, not a new layout: the
        // document looks the image up again when it paints.
        target.addResource(QTextDocument::ImageResource, chartUrl(index), image);
        return;
    }
}

void ReportPreview::fill(QTextDocument& target, const ReportDocument& document, int width) {
    fillText(target, document, width);
    for (int i = 0, n = chartCount(document); i < n; ++i)
        drawChart(target, document, i, width);
}

} // namespace medsafe::report
