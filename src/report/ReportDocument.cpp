#include "report/ReportDocument.h"

#include "charts/ChartFigure.h"
#include "charts/ChartNumberFormat.h"
#include "charts/ChartStyle.h"
#include "charts/RunChartBuilder.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <memory>

namespace medsafe::report {

namespace {
constexpr qreal kHeaderHeight = 30;
constexpr qreal kFooterHeight = 26;
constexpr qreal kBlockSpacing = 8;
constexpr qreal kKeepWithNextMinimum = 80; // what of the next block must fit beside a heading

// A block measured for the page width: its text document (for text blocks) and height.
struct Measured {
    std::unique_ptr<QTextDocument> doc;
    qreal height = 0;
};

// Where a block (or a slice of a tall text block) goes: page, top on the page, and which
// vertical slice of the block is painted there.
struct Placement {
    int block = 0;
    int page = 0;
    qreal top = 0;
    qreal sliceTop = 0;
    qreal sliceHeight = 0;
};

std::unique_ptr<QTextDocument> makeDocument(const QString& html, qreal width, QPaintDevice* device) {
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(device);
    doc->setDefaultFont(charts::ChartStyle::bodyFont());
    doc->setDocumentMargin(0);
    doc->setDefaultStyleSheet(ReportDocument::styleSheet());
    doc->setHtml(html);
    doc->setTextWidth(width);
    return doc;
}

// The bottom of the last text line that ends at or above `limit` (document coordinates), so a
// tall text is broken between lines, never through one. Falls back to `limit`.
qreal lineBreakBefore(const QTextDocument& doc, qreal limit) {
    qreal best = 0;
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QRectF box = layout->blockBoundingRect(block);
        const QTextLayout* lines = block.layout();
        if (!lines) continue;
        for (int i = 0; i < lines->lineCount(); ++i) {
            const qreal bottom = box.top() + lines->lineAt(i).rect().bottom();
            if (bottom <= limit && bottom > best) best = bottom;
        }
    }
    return best > 0 ? best : limit;
}
} // namespace

QPageLayout ReportDocument::pageLayout() {
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 14, 15, 14),
                       QPageLayout::Millimeter);
}

QString ReportDocument::styleSheet() {
    return QStringLiteral(
        "body { color: #202020; }"
        "h1 { font-size: 17pt; font-weight: 600; margin: 0 0 4px 0; }"
        "h2 { font-size: 13pt; font-weight: 600; color: #1f4e79; margin: 10px 0 4px 0; }"
        "h3 { font-size: 11pt; font-weight: 600; margin: 6px 0 2px 0; }"
        "p { margin: 2px 0 4px 0; }"
        "td, th { padding: 2px 6px 2px 0; }"
        "th { text-align: left; font-weight: 600; background-color: #eef2f6; }"
        ".muted { color: #5a5a5a; }"
        ".label { font-weight: 600; }");
}

bool ReportDocument::writePdf(const QString& path, QString* error) const {
    QPdfWriter writer(path);
    writer.setResolution(kDpi);
    writer.setPageLayout(pageLayout());
    writer.setTitle(m_title);
    writer.setCreator(QStringLiteral("Medicinsikker"));
    if (paint(writer) < 1 || QFileInfo(path).size() == 0) {
        if (error) *error = QStringLiteral("could not write PDF %1").arg(path);
        return false;
    }
    return true;
}

int ReportDocument::paint(QPagedPaintDevice& device) const {
    const QRect area = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const qreal width = area.width();
    const qreal contentTop = kHeaderHeight;
    const qreal contentHeight = area.height() - kHeaderHeight - kFooterHeight;

    // Pass 1: measure.
    std::vector<Measured> measured(m_blocks.size());
    for (qsizetype i = 0; i < m_blocks.size(); ++i) {
        const ReportBlock& block = m_blocks[i];
        if (block.kind == ReportBlock::Kind::Html) {
            measured[i].doc = makeDocument(block.html, width, &device);
            measured[i].height = measured[i].doc->size().height();
        } else if (block.kind == ReportBlock::Kind::Chart) {
            measured[i].height = std::min(block.chartHeight, contentHeight);
        }
    }

    // Pass 2: place blocks on pages.
    QList<Placement> placements;
    int page = 0;
    qreal y = 0;
    for (qsizetype i = 0; i < m_blocks.size(); ++i) {
        const ReportBlock& block = m_blocks[i];
        if (block.kind == ReportBlock::Kind::PageBreak) {
            if (y > 0) ++page;
            y = 0;
            continue;
        }
        const qreal height = measured[i].height;
        // A chain of blocks kept together (a heading and its chart) starts on a new page when
        // it does not fit in what is left but would fit on a page of its own. The text that
        // ends a chain (the chart's reading) only needs its first lines on the same page; the
        // rest may run on. A longer chain keeps at least its first block and the start of the
        // next together.
        qreal needed = height;
        const bool chainStart = i == 0 || !m_blocks[i - 1].keepWithNext;
        if (chainStart && block.keepWithNext) {
            qreal chain = height;
            for (qsizetype j = i + 1; j < m_blocks.size() && m_blocks[j].kind != ReportBlock::Kind::PageBreak; ++j) {
                const bool last = !m_blocks[j].keepWithNext;
                chain += kBlockSpacing + (last ? std::min(measured[j].height, kKeepWithNextMinimum) : measured[j].height);
                if (last) break;
            }
            needed = chain <= contentHeight ? chain
                                            : height + kBlockSpacing + std::min(measured[i + 1].height, kKeepWithNextMinimum);
        } else if (block.keepWithNext && i + 1 < m_blocks.size()) {
            needed += kBlockSpacing + std::min(measured[i + 1].height, kKeepWithNextMinimum);
        }
        if (y > 0 && y + std::min(needed, contentHeight) > contentHeight) {
            ++page;
            y = 0;
        }
        if (height <= contentHeight - y || block.kind != ReportBlock::Kind::Html) {
            placements.append({static_cast<int>(i), page, y, 0, height});
            y += height + kBlockSpacing;
            continue;
        }
        // A text taller than what is left: slice it between lines over as many pages as needed.
        qreal done = 0;
        while (done < height - 0.5) {
            const qreal room = contentHeight - y;
            qreal cut = height - done <= room ? height : lineBreakBefore(*measured[i].doc, done + room);
            if (cut <= done) cut = done + room; // a single line taller than the page
            placements.append({static_cast<int>(i), page, y, done, cut - done});
            done = cut;
            if (done < height - 0.5) {
                ++page;
                y = 0;
            } else {
                y += cut - placements.last().sliceTop + kBlockSpacing;
            }
        }
    }
    const int pageCount = page + 1;

    // Pass 3: paint.
    QPainter painter;
    if (!painter.begin(&device)) return 0;
    const QFont small = [] {
        QFont f = charts::ChartStyle::bodyFont();
        f.setPointSizeF(f.pointSizeF() * 0.85);
        return f;
    }();
    const auto paintFrame = [&](int number) {
        painter.save();
        painter.setFont(small);
        painter.setPen(charts::ChartStyle::mutedTextColor());
        const QRectF header(0, 0, width, kHeaderHeight - 8);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, m_headerLeft);
        painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, m_headerRight);
        painter.setPen(QPen(charts::ChartStyle::limitColor(), 0.8));
        painter.drawLine(QPointF(0, kHeaderHeight - 6), QPointF(width, kHeaderHeight - 6));
        painter.setPen(charts::ChartStyle::mutedTextColor());
        const QRectF footer(0, area.height() - kFooterHeight + 8, width, kFooterHeight - 8);
        if (m_generatedOn.isValid())
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                             tr("Made with Medicinsikker on %1").arg(charts::ChartNumberFormat::day(m_generatedOn)));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(number).arg(pageCount));
        painter.restore();
    };

    int current = 0;
    paintFrame(1);
    for (const Placement& place : placements) {
        while (current < place.page) {
            device.newPage();
            ++current;
            paintFrame(current + 1);
        }
        const ReportBlock& block = m_blocks[place.block];
        const qreal top = contentTop + place.top;
        if (block.kind == ReportBlock::Kind::Chart) {
            std::unique_ptr<QChart> chart(charts::RunChartBuilder::build(block.chart));
            charts::ChartFigure::paintChart(&painter, QRectF(0, top, width, place.sliceHeight), chart.get());
            continue;
        }
        painter.save();
        painter.translate(0, top - place.sliceTop);
        measured[place.block].doc->drawContents(&painter, QRectF(0, place.sliceTop, width, place.sliceHeight));
        painter.restore();
    }
    painter.end();
    return pageCount;
}

} // namespace medsafe::report
