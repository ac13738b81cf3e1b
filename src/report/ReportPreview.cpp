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

void ReportPreview::fill(QTextDocument& target, const ReportDocument& document, int width) {
    width = std::max(width, 200);
    target.clear();
    target.setDefaultFont(charts::ChartStyle::bodyFont());
    target.setDefaultStyleSheet(ReportDocument::styleSheet());
    // Resources first: setHtml lays the images out with the sizes given in the HTML, and the
    // document looks the images up by URL when painting.
    int chart = 0;
    for (const ReportBlock& block : document.blocks()) {
        if (block.kind != ReportBlock::Kind::Chart) continue;
        const QImage image = charts::ChartExporter::renderImage(block.chart, QSize(width, chartHeight(block)),
                                                                kDevicePixelRatio, false);
        target.addResource(QTextDocument::ImageResource, chartUrl(chart++), image);
    }
    target.setHtml(html(document, width));
    target.setTextWidth(width);
}

} // namespace medsafe::report
