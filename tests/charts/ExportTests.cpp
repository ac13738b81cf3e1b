// Rendering and export: PNG, SVG and PDF files that are really there, at the size asked for.

#include "SpecFixtures.h"
#include "charts/ChartExporter.h"
#include "charts/ChartPrinter.h"
#include "charts/ChartView.h"

#include <QChart>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPrinter>
#include <QProcess>
#include <QTemporaryDir>

using namespace medsafe::charts;
using namespace medsafe::charts::test;

namespace {
// Pixels that are neither white nor nearly white: something was drawn.
int inkedPixels(const QImage& image) {
    int inked = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            if (qGray(image.pixel(x, y)) < 200) ++inked;
        }
    }
    return inked;
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}
} // namespace

TEST_CASE("a rendered image has the size asked for and something drawn on it", "[export]") {
    const QImage image = ChartExporter::renderImage(improvingRunChart(), QSize(800, 560), 2.0);
    CHECK(image.size() == QSize(1600, 1120));
    CHECK(image.deviceIndependentSize() == QSizeF(800, 560));
    CHECK(inkedPixels(image) > 2000);
    // A red centre line (runs signal) is somewhere on it.
    bool red = false;
    for (int y = 0; y < image.height() && !red; ++y) {
        for (int x = 0; x < image.width() && !red; ++x) {
            const QColor c = image.pixelColor(x, y);
            red = c.red() > 180 && c.green() < 80 && c.blue() < 80;
        }
    }
    CHECK(red);
}

TEST_CASE("PNG, SVG and PDF files are written", "[export]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const ChartSpec spec = splitPChart();
    QString error;

    const QString png = dir.filePath(QStringLiteral("chart.png"));
    REQUIRE(ChartExporter::exportPng(spec, png, QSize(900, 600), 1.0, &error));
    const QImage image(png);
    CHECK(image.size() == QSize(900, 600));
    CHECK(inkedPixels(image) > 1000);

    const QString svg = dir.filePath(QStringLiteral("chart.svg"));
    REQUIRE(ChartExporter::exportSvg(spec, svg, QSize(900, 600), &error));
    const QByteArray svgText = readAll(svg);
    CHECK(svgText.contains("<svg"));
    CHECK(svgText.contains("<path") + svgText.contains("<polyline") > 0);

    const QString pdf = dir.filePath(QStringLiteral("chart.pdf"));
    REQUIRE(ChartExporter::exportPdf(spec, pdf, ChartExporter::defaultPageLayout(), &error));
    CHECK(readAll(pdf).startsWith("%PDF"));
#ifdef MEDSAFE_PDFTOTEXT
    QProcess pdftotext;
    pdftotext.start(QStringLiteral(MEDSAFE_PDFTOTEXT), {pdf, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Andel korrekt dokumenterede administrationer")));
    CHECK(text.contains(QStringLiteral("Ny rutine for dokumentation i FMK")));
#endif

    CHECK_FALSE(
        ChartExporter::exportFile(spec, dir.filePath(QStringLiteral("chart.bmp")), QSize(900, 600), &error));
    CHECK(error.contains(QStringLiteral("bmp")));
    CHECK(
        ChartExporter::exportFile(spec, dir.filePath(QStringLiteral("chart.svg")), QSize(900, 600), &error));
}

TEST_CASE("printing paints the figure on the printer", "[export][print]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(path);
    printer.setPageOrientation(QPageLayout::Landscape);
    REQUIRE(ChartPrinter::print(daysBetweenTChart(), printer));
    CHECK(readAll(path).startsWith("%PDF"));
}

TEST_CASE("the chart view shows the chart, the reading and the legend", "[view]") {
    ChartView view;
    view.resize(1200, 700);
    view.setSpec(improvingRunChart());
    REQUIRE(view.chart());
    CHECK(view.chart()->objectName() == QStringLiteral("runChart"));
    auto* verdict = view.findChild<QLabel*>(QStringLiteral("verdictLabel"));
    auto* reading = view.findChild<QLabel*>(QStringLiteral("readingLabel"));
    auto* legend = view.findChild<QLabel*>(QStringLiteral("annotationLegendLabel"));
    auto* facts = view.findChild<QLabel*>(QStringLiteral("factsLabel"));
    REQUIRE(verdict);
    REQUIRE(reading);
    REQUIRE(legend);
    REQUIRE(facts);
    CHECK(verdict->text().contains(QStringLiteral("Improvement")));
    CHECK(reading->text().contains(QStringLiteral("Long-run signal")));
    CHECK(legend->text().contains(QStringLiteral("Dobbeltkontrol ved dispensering")));
    CHECK_FALSE(legend->isHidden());
    CHECK(facts->text().contains(QStringLiteral("Longest run")));

    // A new spec replaces the chart; a chart without annotations hides the legend.
    view.setSpec(splitPChart());
    CHECK(verdict->text().contains(QStringLiteral("No signal")));
    view.setSpec(specFor(
        medsafe::analysis::ChartType::Run,
        [] {
            medsafe::analysis::ChartInput in;
            in.y = {1, 2, 3, 2, 1, 2, 3, 2, 1, 2, 3, 2};
            return in;
        }(),
        QStringLiteral("Uden noter")));
    CHECK(legend->isHidden());

    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("view.png"));
    CHECK(view.exportTo(png));
    CHECK(QImage(png).width() > 0);
}
