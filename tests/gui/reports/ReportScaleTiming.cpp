// Not a test: timings of the consultant's overview on the 100-botilbud scale database.
//   MEDSAFE_SCALE_DB=/tmp/scale.db gui_tests "[.reports-scale]"
// Prints the grid load, the first load of every botilbud's charts, and each measure switch
// of "Små diagrammer" (tiles updated and the visible ones painted).
#include "../FakeDialogService.h"
#include "app/MainWindow.h"
#include "app/reports/ConsultantGridModel.h"
#include "app/reports/ConsultantPage.h"
#include "app/reports/MonthlyReportView.h"
#include "app/reports/SmallMultiplesPage.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QTabWidget>
#include <catch2/catch.hpp>
#include <cstdio>

using namespace medsafe;

TEST_CASE("consultant overview timings on the scale database", "[.reports-scale]") {
    const QString path = qEnvironmentVariable("MEDSAFE_SCALE_DB");
    REQUIRE_FALSE(path.isEmpty());
    auto db = storage::Database::open(path);
    REQUIRE(db.ok());
    FakeDialogService dialogs;
    app::MainWindow window(std::move(db.value()), dialogs);
    window.resize(1366, 768);
    window.show();
    window.showView(app::ViewId::MonthlyReport);
    auto* view = qobject_cast<app::MonthlyReportView*>(window.viewWidget(app::ViewId::MonthlyReport));
    REQUIRE(view);
    QCoreApplication::processEvents();

    QElapsedTimer timer;
    timer.start();
    view->tabs()->setCurrentWidget(view->consultant());
    QCoreApplication::processEvents();
    std::printf("grid shown (%d rows): %lld ms\n", view->consultant()->gridModel()->rowCount(),
                static_cast<long long>(timer.elapsed()));
    timer.restart();
    view->consultant()->reloadGrid();
    std::printf("grid reload: %lld ms\n", static_cast<long long>(timer.elapsed()));

    auto* multiples = view->consultant()->smallMultiples();
    timer.restart();
    view->consultant()->findChild<QTabWidget*>(QStringLiteral("consultantTabWidget"))->setCurrentWidget(multiples);
    QCoreApplication::processEvents();
    std::printf("small multiples first shown (charts of %lld botilbud read): %lld ms (load %lld ms)\n",
                static_cast<long long>(multiples->tiles().size()), static_cast<long long>(timer.elapsed()),
                static_cast<long long>(multiples->lastLoadMs()));
    for (int round = 0; round < 2; ++round) {
        for (const QString& name : multiples->measureNames()) {
            timer.restart();
            multiples->selectMeasure(name);
            multiples->repaint(); // what the person waits for: the visible tiles painted
            QCoreApplication::processEvents();
            std::printf("switch to %-60s %3lld ms (tiles %lld ms)\n", qPrintable(name),
                        static_cast<long long>(timer.elapsed()), static_cast<long long>(multiples->lastSwitchMs()));
        }
    }
}
