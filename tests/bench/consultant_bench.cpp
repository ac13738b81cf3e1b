// Speed of the PS! consultant's overview (Månedsrapport › Konsulentens overblik) on the scale
// database: the botilbud × months grid, its reload, the first show of "Små diagrammer" (every
// botilbud's charts read once and cached) and each measure switch with the visible tiles
// painted — what the consultant waits for.
//
//   medicinsikker-cli demo --out /tmp/scale.db --botilbud 100 --months 60 --incidents 100000
//   consultant_bench /tmp/scale.db
//
// Works on a copy of the file (opening may migrate it). Build Release; figures go to
// docs/performance.md.

#include "BenchDialogs.h"
#include "BenchStats.h"
#include "app/MainWindow.h"
#include "app/reports/ConsultantGridModel.h"
#include "app/reports/ConsultantPage.h"
#include "app/reports/MonthlyReportView.h"
#include "app/reports/SmallMultiplesPage.h"
#include "storage/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTabWidget>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace medsafe;

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: consultant_bench SCALE.db\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("scale.db"));
    if (!QFile::copy(QString::fromLocal8Bit(argv[1]), copy)) return 1;
    auto db = storage::Database::open(copy);
    if (!db) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(db.error().message));
        return 1;
    }
    bench::SilentDialogs dialogs;
    app::MainWindow window(std::move(db.value()), dialogs);
    window.resize(1366, 768);
    window.show();
    window.showView(app::ViewId::MonthlyReport);
    auto* view = qobject_cast<app::MonthlyReportView*>(window.viewWidget(app::ViewId::MonthlyReport));
    if (!view) return 1;
    QApplication::processEvents();

    QElapsedTimer timer;
    timer.start();
    view->tabs()->setCurrentWidget(view->consultant());
    QApplication::processEvents();
    std::printf("grid shown (%d botilbud × %d months): %.1f ms\n", view->consultant()->gridModel()->rowCount(),
                view->consultant()->gridModel()->columnCount(), bench::elapsedMs(timer));
    std::vector<double> reloads;
    for (int i = 0; i < 5; ++i) {
        timer.restart();
        view->consultant()->reloadGrid();
        reloads.push_back(bench::elapsedMs(timer));
    }
    std::sort(reloads.begin(), reloads.end());
    std::printf("grid reload: median %.1f ms, max %.1f ms\n", reloads[reloads.size() / 2], reloads.back());

    auto* multiples = view->consultant()->smallMultiples();
    timer.restart();
    view->consultant()->findChild<QTabWidget*>(QStringLiteral("consultantTabWidget"))->setCurrentWidget(multiples);
    QApplication::processEvents();
    std::printf("small multiples first shown (%lld tiles, the first batch read): %.1f ms\n",
                static_cast<long long>(multiples->tiles().size()), bench::elapsedMs(timer));
    while (multiples->loading())
        QApplication::processEvents();
    std::printf("small multiples: every botilbud read (in batches, window answering): %.1f ms\n", bench::elapsedMs(timer));
    for (const QString& name : multiples->measureNames()) {
        std::vector<double> switches;
        for (int round = 0; round < 3; ++round) {
            for (const QString& other : {multiples->measureNames().first(), name}) {
                timer.restart();
                multiples->selectMeasure(other);
                multiples->repaint(); // the visible tiles painted
                QApplication::processEvents();
                if (other == name) switches.push_back(bench::elapsedMs(timer));
            }
        }
        std::sort(switches.begin(), switches.end());
        std::printf("switch to %-58s median %6.1f ms  max %6.1f ms\n", qPrintable(name), switches[switches.size() / 2],
                    switches.back());
    }
    return 0;
}
