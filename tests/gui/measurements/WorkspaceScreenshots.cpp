// Not a test: a hidden Catch case that opens a demo database at 1366×768 and saves the Målinger
// and Forløb og kompetencer views in the states a new tovholder meets (a bad value typed, each
// tab, the comparison of two survey rounds), so a person can look at them.
//   MEDSAFE_SHOTS_DB=/tmp/demo.db MEDSAFE_SHOTS_OUT=/tmp/shots gui_tests "[screenshots]"
#include <catch2/catch.hpp>

#include "../FakeDialogService.h"
#include "app/MainWindow.h"
#include "app/measurements/MeasurementsView.h"
#include "models/measurements/MeasurementGridModel.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QDir>
#include <QTabWidget>
#include <QTableView>

using namespace medsafe;

TEST_CASE("workspace screenshots", "[.][screenshots]") {
    const QString path = qEnvironmentVariable("MEDSAFE_SHOTS_DB");
    const QString out = qEnvironmentVariable("MEDSAFE_SHOTS_OUT", QStringLiteral("/tmp/shots"));
    REQUIRE_FALSE(path.isEmpty());
    QDir().mkpath(out);
    auto db = storage::Database::open(path);
    REQUIRE(db.ok());
    FakeDialogService dialogs;
    app::MainWindow window(std::move(db.value()), dialogs);
    window.resize(1366, 768);
    window.show();
    auto save = [&](const QString& name) {
        QCoreApplication::processEvents();
        CHECK(window.grab().save(QDir(out).filePath(name + QStringLiteral(".png"))));
    };
    window.showView(app::ViewId::Measurements);
    save(QStringLiteral("measurements"));

    auto* view = qobject_cast<app::MeasurementsView*>(window.viewWidget(app::ViewId::Measurements));
    REQUIRE(view);
    auto& model = view->model();
    const int last = model.rowCount() - 1;
    model.setData(model.index(last, 2), QStringLiteral("10"));
    model.setData(model.index(last, 1), QStringLiteral("12"));
    model.setData(model.index(last, 3), QStringLiteral("30"));
    view->findChild<QTableView*>(QStringLiteral("measurementTable"))->setCurrentIndex(model.index(last, 1));
    save(QStringLiteral("measurements-invalid"));
    view->discardChanges();

    window.showView(app::ViewId::Programme);
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("programmeTabWidget"));
    REQUIRE(tabs);
    save(QStringLiteral("programme"));
    tabs->setCurrentIndex(1);
    save(QStringLiteral("programme-competence"));
    window.findChild<QCheckBox*>(QStringLiteral("compareCheckBox"))->setChecked(true);
    save(QStringLiteral("programme-compare"));
    tabs->setCurrentIndex(2);
    save(QStringLiteral("programme-training"));
}
