#include "PdfText.h"

#include "../services/report/DemoReportDatabase.h"
#include "charts/ChartNarrative.h"
#include "charts/MeasureChartRecipe.h"
#include "domain/Taxonomy.h"
#include "report/MonthlyReportComposer.h"
#include "report/ReportFormat.h"
#include "report/ReportPrinter.h"
#include "services/report/ReportContentCollector.h"
#include "storage/MonthlyReportRepository.h"

#include <QPrinter>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace medsafe;

namespace {
struct WrittenReport {
    services::MonthlyReportContent content;
    QString path;
    QString text; // collapsed
};

WrittenReport write(DemoReportDatabase& t, const QDate& month, const QTemporaryDir& dir) {
    auto content = services::ReportContentCollector(*t.db).collectForSharing(t.botilbud, month);
    REQUIRE(content.ok());
    WrittenReport out{content.value(), dir.filePath(QStringLiteral("report.pdf")), {}};
    QString error;
    REQUIRE(report::MonthlyReportComposer::writePdf(out.content, out.path, &error));
    out.text = collapsed(pdfText(out.path));
    return out;
}
} // namespace

TEST_CASE("The monthly report PDF names the botilbud, the month, every measure and its signal sentences",
          "[report][pdf]") {
    auto t = DemoReportDatabase::create();
    QTemporaryDir dir;
    const auto r = write(t, QDate(2024, 9, 1), dir);
    INFO(r.text.toStdString());
    CHECK(r.text.contains(r.content.botilbud.name));
    CHECK(r.text.contains(QStringLiteral("Månedsrapport september 2024")));
    REQUIRE(r.content.charts.size() >= 8);
    for (const services::MeasureChart& chart : r.content.charts) {
        CHECK(r.text.contains(collapsed(chart.measure.name)));
        const charts::ChartSpec spec = charts::MeasureChartRecipe::fromChart(chart, r.content.cycles, r.content.changeIdeas);
        const charts::ChartNarrative narrative = charts::ChartNarrative::describe(spec);
        CHECK(r.text.contains(collapsed(narrative.verdict.label())));
        REQUIRE_FALSE(narrative.reading.isEmpty());
        for (const QString& sentence : narrative.reading) {
            // The HTML reading is escaped; pdftotext gives plain text back.
            CHECK(r.text.contains(collapsed(sentence)));
        }
    }
}

TEST_CASE("The monthly report PDF is A4 with page numbers and the header on every page", "[report][pdf]") {
    auto t = DemoReportDatabase::create();
    QTemporaryDir dir;
    const auto r = write(t, QDate(2024, 9, 1), dir);
    const int pages = pdfPages(r.path);
    CHECK(pages >= 3);
    for (int page = 1; page <= pages; ++page) {
        const QString text = collapsed(pdfText(r.path, {QStringLiteral("-f"), QString::number(page),
                                                        QStringLiteral("-l"), QString::number(page)}));
        INFO("page " << page << ": " << text.toStdString());
        CHECK(text.contains(QStringLiteral("Side %1 af %2").arg(page).arg(pages)));
        CHECK(text.contains(QStringLiteral("%1 · september 2024").arg(r.content.botilbud.name)));
    }
    QProcess info;
    info.start(QStringLiteral(MEDSAFE_PDFINFO), {r.path});
    REQUIRE(info.waitForFinished(30000));
    CHECK(QString::fromUtf8(info.readAllStandardOutput()).contains(QStringLiteral("595 x 842 pts (A4)")));
}

TEST_CASE("The monthly report PDF shows small incident counts as <5 and the team's own words", "[report][pdf][privacy]") {
    auto t = DemoReportDatabase::create();
    QTemporaryDir dir;
    const QDate month(2024, 9, 1);
    const auto r = write(t, month, dir);
    const auto stored = storage::MonthlyReportRepository(*t.db).forMonth(t.botilbud, month);
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    CHECK(r.text.contains(collapsed(stored.value()->barriers)));
    CHECK(r.text.contains(collapsed(stored.value()->planNextMonth)));
    CHECK(r.text.contains(QStringLiteral("Tilbagemelding fra PS!")));

    // Count the month's incidents independently from the generated data.
    int total = 0;
    for (const domain::Incident& i : t.dataset.botilbud.first().incidents)
        if (i.occurredDate >= month && i.occurredDate <= QDate(2024, 9, 30)) ++total;
    REQUIRE(total > 0);
    const QString line = QStringLiteral("Utilsigtede hændelser denne måned: %1")
                             .arg(total < 5 ? QStringLiteral("<5") : QString::number(total));
    CHECK(r.text.contains(line));
    // Every stage with 1-4 incidents reads "<5" beside its name, never the figure.
    auto exact = services::ReportContentCollector(*t.db).collect(t.botilbud, month);
    REQUIRE(exact.ok());
    int small = 0;
    for (const services::ReportCountRow& row : exact->incidents.byStage) {
        if (row.count.value < 1 || row.count.value > 4) continue;
        ++small;
        const QString label = domain::Taxonomy::label(*domain::fromCode<domain::ProcessStage>(row.code));
        CHECK(r.text.contains(QStringLiteral("%1 <5").arg(collapsed(label))));
        CHECK_FALSE(r.text.contains(QStringLiteral("%1 %2 ").arg(collapsed(label)).arg(row.count.value)));
    }
    CHECK(small > 0);
}

TEST_CASE("The suggested file name is safe and names botilbud and month", "[report][pdf]") {
    services::MonthlyReportContent content;
    content.botilbud.name = QStringLiteral("Bo/stedet: Lærkehøj");
    content.month = QDate(2025, 3, 1);
    const QString name = report::MonthlyReportComposer::suggestedFileName(content);
    CHECK_FALSE(name.contains(QLatin1Char('/')));
    CHECK_FALSE(name.contains(QLatin1Char(':')));
    CHECK(name.contains(QStringLiteral("2025-03")));
    CHECK(name.endsWith(QStringLiteral(".pdf")));
}

TEST_CASE("The monthly report's charts are vectors and its fonts are embedded", "[report][pdf]") {
    auto t = DemoReportDatabase::create();
    QTemporaryDir dir;
    const auto r = write(t, QDate(2024, 9, 1), dir);
    // pdfimages lists raster images: a chart drawn as a picture would show up here.
    QProcess images;
    images.start(QStringLiteral(MEDSAFE_PDFIMAGES), {QStringLiteral("-list"), r.path});
    REQUIRE(images.waitForFinished(30000));
    REQUIRE(images.exitCode() == 0);
    const QStringList imageLines = QString::fromUtf8(images.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(imageLines.size() == 2); // the two header lines, no image
    // Every font is embedded, so the report looks the same on the consultant's machine.
    QProcess fonts;
    fonts.start(QStringLiteral(MEDSAFE_PDFFONTS), {r.path});
    REQUIRE(fonts.waitForFinished(30000));
    const QStringList fontLines = QString::fromUtf8(fonts.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(fontLines.size() > 2);
    for (const QString& line : fontLines.mid(2)) {
        INFO(line.toStdString());
        CHECK(line.contains(QRegularExpression(QStringLiteral(R"(\s+yes\s+(?:yes|no)\s+(?:yes|no)\s+\d+)"))));
    }
}

TEST_CASE("Printing gives the same pages as the PDF", "[report][print]") {
    auto t = DemoReportDatabase::create();
    QTemporaryDir dir;
    const auto r = write(t, QDate(2024, 9, 1), dir);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(printed);
    REQUIRE(report::ReportPrinter::print(report::MonthlyReportComposer::compose(r.content), printer));
    CHECK(pdfPages(printed) == pdfPages(r.path));
    const QString text = collapsed(pdfText(printed));
    CHECK(text.contains(QStringLiteral("Månedsrapport september 2024")));
    CHECK(text.contains(QStringLiteral("Side %1 af %1").arg(pdfPages(r.path))));
}
