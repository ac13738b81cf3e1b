// Speed of the reports: for botilbud of the scale database (12 measures × 60 months, 1,000
// incidents each), the time to collect a monthly report's content (with anonymising), to lay
// it out and write the PDF, the on-screen preview the composer shows, and the same for the
// final evaluation.
//
//   medicinsikker-cli demo --out /tmp/scale.db --botilbud 100 --months 60 --incidents 100000
//   report_bench /tmp/scale.db [botilbud]
//
// The database is only read. `report --all` is timed with the CLI itself (docs/performance.md).
// Build Release; figures go to docs/performance.md.

#include "BenchStats.h"
#include "i18n/Translations.h"
#include "report/FinalEvaluationComposer.h"
#include "report/MonthlyReportComposer.h"
#include "report/ReportPreview.h"
#include "services/report/FinalEvaluationCollector.h"
#include "services/report/ReportContentCollector.h"
#include "storage/BotilbudRepository.h"
#include "storage/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace medsafe;
using namespace medsafe::bench;

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: report_bench SCALE.db [botilbud, default 10]\n");
        return 2;
    }
    i18n::install(i18n::Language::Danish, false);
    const int wanted = argc > 2 ? std::max(1, QString::fromLocal8Bit(argv[2]).toInt()) : 10;
    auto db = storage::Database::open(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(db.error().message));
        return 1;
    }
    auto homes = storage::BotilbudRepository(**db).all();
    if (!homes || homes->isEmpty()) return 1;
    QTemporaryDir dir;
    std::vector<double> collect, write, total, finalCollect, finalWrite, preview, previewText, previewChart;
    int pages = 0;
    for (int i = 0; i < std::min<int>(wanted, homes->size()); ++i) {
        const domain::Botilbud& home = homes->at(i);
        QElapsedTimer timer;
        timer.start();
        const services::ReportContentCollector collector(**db);
        auto month = collector.defaultMonth(home.id);
        auto content = month ? collector.collectForSharing(home.id, month.value()) : Result<services::MonthlyReportContent>(month.error());
        if (!content) return 1;
        collect.push_back(elapsedMs(timer));
        QElapsedTimer writing;
        writing.start();
        const report::ReportDocument document = report::MonthlyReportComposer::compose(content.value());
        if (!document.writePdf(dir.filePath(QStringLiteral("m%1.pdf").arg(i)))) return 1;
        write.push_back(elapsedMs(writing));
        total.push_back(elapsedMs(timer));

        // What the composer does on a month switch after collecting: compose the blocks and
        // show the preview's text at once (the charts follow one per event-loop turn), and, for
        // comparison, the preview with every chart drawn.
        QElapsedTimer previewing;
        previewing.start();
        QTextDocument screen;
        report::ReportPreview::fillText(screen, report::MonthlyReportComposer::compose(content.value()), 600);
        previewText.push_back(elapsedMs(previewing));
        previewing.restart();
        report::ReportPreview::fill(screen, document, 600);
        preview.push_back(elapsedMs(previewing));
        previewing.restart();
        report::ReportPreview::drawChart(screen, document, 0, 600);
        previewChart.push_back(elapsedMs(previewing));

        timer.restart();
        auto final = services::FinalEvaluationCollector(**db).collect(home.id);
        if (!final) return 1;
        finalCollect.push_back(elapsedMs(timer));
        timer.restart();
        if (!report::FinalEvaluationComposer::writePdf(final.value(), dir.filePath(QStringLiteral("f%1.pdf").arg(i)))) return 1;
        finalWrite.push_back(elapsedMs(timer));
        pages = static_cast<int>(content->charts.size());
    }
    std::printf("%d botilbud, %d measures each\n", static_cast<int>(collect.size()), pages);
    print("monthly report: collect + anonymise", collect);
    print("monthly report: lay out + write PDF", write);
    print("monthly report: total", total);
    print("preview: compose + text (month switch)", previewText);
    print("preview: one chart drawn", previewChart);
    print("preview: text and every chart at once", preview);
    print("final evaluation: collect + anonymise", finalCollect);
    print("final evaluation: lay out + write PDF", finalWrite);
    return 0;
}
