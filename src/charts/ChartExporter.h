#pragma once

#include "charts/ChartSpec.h"

#include <QCoreApplication>
#include <QImage>
#include <QPageLayout>
#include <QSize>
#include <QString>

namespace medsafe::charts {

// Writes a chart figure (ChartFigure: chart plus its reading beneath) to PNG, SVG or PDF.
// Works on the offscreen platform, so the CLI and the report use the same code as the GUI.
// Errors come back as technical English text for the log; nothing here shows a dialog.
class ChartExporter {
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)

public:
    static constexpr int kLogicalDpi = 96; // the resolution Qt Charts lays fonts out at
    static QSize defaultSize() { return {1000, 680}; }
    static QPageLayout defaultPageLayout(); // A4 landscape, 12 mm margins

    // A raster image of `logicalSize` points at `devicePixelRatio` (2 for sharp high-DPI).
    static QImage renderImage(const ChartSpec& spec, QSize logicalSize, qreal devicePixelRatio = 1.0,
                              bool withNarrative = true);
    static bool exportPng(const ChartSpec& spec, const QString& path, QSize logicalSize,
                          qreal devicePixelRatio = 2.0, QString* error = nullptr);
    static QByteArray svgData(const ChartSpec& spec, QSize logicalSize);
    static bool exportSvg(const ChartSpec& spec, const QString& path, QSize logicalSize,
                          QString* error = nullptr);
    // Vector PDF, one page; the figure fills the page's printable area.
    static bool exportPdf(const ChartSpec& spec, const QString& path,
                          const QPageLayout& layout = defaultPageLayout(), QString* error = nullptr);
    // Picks the format from the file suffix (png, svg, pdf).
    static bool exportFile(const ChartSpec& spec, const QString& path, QSize logicalSize = defaultSize(),
                           QString* error = nullptr);
};

} // namespace medsafe::charts
