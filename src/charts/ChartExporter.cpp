#include "charts/ChartExporter.h"

#include "charts/ChartFigure.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace medsafe::charts {

namespace {
void setError(QString* error, const QString& text) {
    if (error) *error = text;
}

void paintSvg(const ChartSpec& spec, QSvgGenerator& generator, QSize size) {
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(ChartExporter::kLogicalDpi);
    generator.setTitle(spec.title);
    QPainter painter(&generator);
    ChartFigure::paint(&painter, QRectF(QPointF(0, 0), size), spec, true);
}
} // namespace

QPageLayout ChartExporter::defaultPageLayout() {
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                       QPageLayout::Millimeter);
}

QImage ChartExporter::renderImage(const ChartSpec& spec, QSize logicalSize, qreal devicePixelRatio,
                                  bool withNarrative) {
    const qreal ratio = devicePixelRatio > 0 ? devicePixelRatio : 1.0;
    QImage image(logicalSize * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    // 96 dpi, so point-size fonts come out as they were laid out.
    const int dotsPerMeter = qRound(kLogicalDpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    ChartFigure::paint(&painter, QRectF(QPointF(0, 0), logicalSize), spec, withNarrative);
    return image;
}

bool ChartExporter::exportPng(const ChartSpec& spec, const QString& path, QSize logicalSize,
                              qreal devicePixelRatio, QString* error) {
    const QImage image = renderImage(spec, logicalSize, devicePixelRatio);
    if (!image.save(path, "PNG")) {
        setError(error, QStringLiteral("could not write PNG %1").arg(path));
        return false;
    }
    return true;
}

QByteArray ChartExporter::svgData(const ChartSpec& spec, QSize logicalSize) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    paintSvg(spec, generator, logicalSize);
    return buffer.data();
}

bool ChartExporter::exportSvg(const ChartSpec& spec, const QString& path, QSize logicalSize, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        setError(error, QStringLiteral("could not open %1: %2").arg(path, file.errorString()));
        return false;
    }
    file.write(svgData(spec, logicalSize));
    if (!file.flush()) {
        setError(error, QStringLiteral("could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

bool ChartExporter::exportPdf(const ChartSpec& spec, const QString& path, const QPageLayout& layout,
                              QString* error) {
    QPdfWriter writer(path);
    writer.setResolution(kLogicalDpi);
    writer.setPageLayout(layout);
    writer.setTitle(spec.title);
    writer.setCreator(QStringLiteral("Medicinsikker"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        setError(error, QStringLiteral("could not write PDF %1").arg(path));
        return false;
    }
    const QRect area = layout.paintRectPixels(kLogicalDpi);
    ChartFigure::paint(&painter, QRectF(QPointF(0, 0), area.size()), spec, true);
    painter.end();
    return QFileInfo(path).size() > 0;
}

bool ChartExporter::exportFile(const ChartSpec& spec, const QString& path, QSize logicalSize,
                               QString* error) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png")) return exportPng(spec, path, logicalSize, 2.0, error);
    if (suffix == QLatin1String("svg")) return exportSvg(spec, path, logicalSize, error);
    if (suffix == QLatin1String("pdf")) return exportPdf(spec, path, defaultPageLayout(), error);
    setError(error, QStringLiteral("unknown chart format '%1' (use png, svg or pdf)").arg(suffix));
    return false;
}

} // namespace medsafe::charts
