#include <catch2/catch.hpp>

#include "../FakeDialogService.h"
#include "app/MainWindow.h"
#include "app/measurements/MeasurementsView.h"
#include "models/measurements/MeasurementGridModel.h"
#include "storage/BotilbudRepository.h"
#include "storage/Database.h"
#include "storage/MeasureRepository.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace medsafe;
using models::MeasurementGridModel;

namespace {

constexpr auto kBoxes = "Andel korrekt dispenserede doseringsæsker";

struct Fixture {
    FakeDialogService dialogs;
    std::unique_ptr<app::MainWindow> window;
    app::MeasurementsView* view = nullptr;
    QTableView* table = nullptr;
    domain::BotilbudId botilbud;

    Fixture() {
        auto db = storage::Database::openInMemory();
        REQUIRE(db.ok());
        domain::Botilbud b;
        b.name = QStringLiteral("Bostedet Test");
        b.residentCount = 12;
        b.createdDate = QDate::currentDate().addMonths(-5);
        auto id = storage::BotilbudRepository(*db.value()).createWithDefaults(b, b.createdDate);
        REQUIRE(id.ok());
        botilbud = id.value();
        window = std::make_unique<app::MainWindow>(std::move(db.value()), dialogs);
        window->resize(1366, 768);
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        window->showView(app::ViewId::Measurements);
        view = qobject_cast<app::MeasurementsView*>(window->viewWidget(app::ViewId::Measurements));
        REQUIRE(view);
        table = view->findChild<QTableView*>(QStringLiteral("measurementTable"));
        REQUIRE(table);
        REQUIRE(view->model().rowCount() >= 6);
    }

    domain::Measure measure(const char* name) const {
        for (const auto& m : view->model().snapshot().measures)
            if (m.name == QString::fromUtf8(name)) return m;
        FAIL("no measure " << name);
        return {};
    }

    int column(const char* name, MeasurementGridModel::Part part) const {
        const auto& model = view->model();
        for (int c = 0; c < model.columnCount(); ++c)
            if (model.partAt(c) == part &&
                model.snapshot().measures.at(model.measureIndexAt(c)).name == QString::fromUtf8(name))
                return c;
        FAIL("no column");
        return -1;
    }

    // Types into a cell the way a person does: open the editor, type, press Enter.
    void type(int row, int column, const QString& text) {
        const QModelIndex index = view->model().index(row, column);
        table->setCurrentIndex(index);
        table->edit(index);
        auto* editor = qobject_cast<QLineEdit*>(table->indexWidget(index));
        REQUIRE(editor);
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        // The closed editor is deleted later; let it go so the next cell finds its own editor.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    }

    QList<domain::Measurement> stored(const char* name) const {
        auto series = storage::MeasureRepository(window->database()).series(measure(name).id);
        REQUIRE(series.ok());
        return series.value();
    }

    int lastRow() const { return view->model().rowCount() - 1; }
};

} // namespace

TEST_CASE("målinger: a numerator above the denominator is shown with its reason and not written", "[gui][measurements]") {
    Fixture f;
    const int numerator = f.column(kBoxes, MeasurementGridModel::Part::Numerator);
    f.type(f.lastRow(), numerator + 1, QStringLiteral("10"));
    f.type(f.lastRow(), numerator, QStringLiteral("12"));

    const QModelIndex cell = f.view->model().index(f.lastRow(), numerator);
    const QString reason = cell.data(MeasurementGridModel::IssueRole).toString();
    CHECK(reason.contains(u"12"));
    CHECK(reason.contains(u"10"));
    CHECK(cell.data(Qt::ToolTipRole).toString() == reason);
    auto* issues = f.view->findChild<QListWidget*>(QStringLiteral("issueList"));
    REQUIRE(issues);
    REQUIRE(issues->count() == 1);
    CHECK(issues->item(0)->text().contains(reason));
    CHECK(issues->isVisibleTo(f.view));

    QTest::keyClick(f.table, Qt::Key_S, Qt::ControlModifier);
    CHECK(f.dialogs.warnings.size() == 1);
    CHECK(f.stored(kBoxes).isEmpty());
    CHECK(f.view->hasUnsavedChanges());
}

TEST_CASE("målinger: a valid month typed and saved is in the database", "[gui][measurements]") {
    Fixture f;
    const int numerator = f.column(kBoxes, MeasurementGridModel::Part::Numerator);
    f.type(f.lastRow() - 1, numerator, QStringLiteral("40"));
    f.type(f.lastRow() - 1, numerator + 1, QStringLiteral("48"));
    CHECK(f.view->model().index(f.lastRow() - 1, numerator).data(MeasurementGridModel::DirtyRole).toBool());
    // The baseline tick of that month goes along.
    f.view->model().setData(f.view->model().index(f.lastRow() - 1, 0), Qt::Checked, Qt::CheckStateRole);

    QTest::keyClick(f.table, Qt::Key_S, Qt::ControlModifier);
    CHECK(f.dialogs.warnings.isEmpty());
    const auto values = f.stored(kBoxes);
    REQUIRE(values.size() == 1);
    CHECK(values.first().numerator == 40);
    CHECK(values.first().denominator == 48);
    CHECK(values.first().baseline);
    const QDate month = QDate::currentDate().addMonths(-1);
    CHECK(values.first().period == QDate(month.year(), month.month(), 1));
    CHECK_FALSE(f.view->hasUnsavedChanges());
    CHECK_FALSE(f.view->model().index(f.lastRow() - 1, numerator).data(MeasurementGridModel::DirtyRole).toBool());
}

TEST_CASE("målinger: undo restores the previous value", "[gui][measurements]") {
    Fixture f;
    const int numerator = f.column(kBoxes, MeasurementGridModel::Part::Numerator);
    f.type(f.lastRow(), numerator, QStringLiteral("40"));
    f.type(f.lastRow(), numerator + 1, QStringLiteral("48"));
    REQUIRE(f.view->saveChanges());
    f.type(f.lastRow(), numerator, QStringLiteral("30"));
    CHECK(f.view->model().index(f.lastRow(), numerator).data().toString() == QStringLiteral("30"));

    QTest::keyClick(f.table, Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.view->model().index(f.lastRow(), numerator).data().toString() == QStringLiteral("40"));
    CHECK_FALSE(f.view->hasUnsavedChanges());
    QTest::keyClick(f.table, Qt::Key_Y, Qt::ControlModifier);
    CHECK(f.view->model().index(f.lastRow(), numerator).data().toString() == QStringLiteral("30"));
    // Baseline ticks are undone too.
    auto& undo = f.view->undoStack();
    const int steps = undo.count();
    const QModelIndex baseline = f.view->model().index(0, MeasurementGridModel::kBaselineColumn);
    f.table->setCurrentIndex(baseline);
    QTest::keyClick(f.table, Qt::Key_Space);
    CHECK(baseline.data(Qt::CheckStateRole).toInt() == Qt::Checked);
    REQUIRE(undo.count() == steps + 1);
    QTest::keyClick(f.table, Qt::Key_Z, Qt::ControlModifier);
    CHECK(baseline.data(Qt::CheckStateRole).toInt() == Qt::Unchecked);
}

TEST_CASE("målinger: measures derived from incidents are computed and read-only", "[gui][measurements]") {
    Fixture f;
    const int computed = f.column("Antal medicinfejl", MeasurementGridModel::Part::Computed);
    const QModelIndex cell = f.view->model().index(f.lastRow() - 1, computed);
    CHECK(cell.data(MeasurementGridModel::ComputedRole).toBool());
    CHECK_FALSE(cell.flags().testFlag(Qt::ItemIsEditable));
    CHECK(cell.data().toString() == QStringLiteral("0")); // no incidents registered in that month
    f.table->setCurrentIndex(cell);
    f.table->edit(cell);
    CHECK(f.table->findChild<QLineEdit*>(QStringLiteral("cellEditor")) == nullptr);
    QTest::keyClicks(f.table, QStringLiteral("5"));
    CHECK_FALSE(f.view->hasUnsavedChanges());
    const int days = f.column("Dage mellem medicinfejl", MeasurementGridModel::Part::Computed);
    CHECK_FALSE(f.view->model().index(0, days).flags().testFlag(Qt::ItemIsEditable));
}

TEST_CASE("målinger: unsaved values are not lost when the window closes", "[gui][measurements]") {
    Fixture f;
    const int numerator = f.column(kBoxes, MeasurementGridModel::Part::Numerator);
    f.type(f.lastRow(), numerator, QStringLiteral("7"));
    f.type(f.lastRow(), numerator + 1, QStringLiteral("9"));
    f.dialogs.nextSaveChoice = app::DialogService::SaveChoice::Cancel;
    CHECK_FALSE(f.window->close());
    f.dialogs.nextSaveChoice = app::DialogService::SaveChoice::Save;
    CHECK(f.window->close());
    REQUIRE(f.stored(kBoxes).size() == 1);
}

TEST_CASE("målinger: a month another PC saved meanwhile is shown with both values; the choice is what is stored",
          "[gui][measurements][concurrency]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.db"));
    FakeDialogService dialogs;
    auto mine = storage::Database::open(path, storage::OpenMode::CreateOrMigrate);
    REQUIRE(mine.ok());
    domain::Botilbud b;
    b.name = QStringLiteral("Bostedet Test");
    b.residentCount = 12;
    b.createdDate = QDate::currentDate().addMonths(-5);
    REQUIRE(storage::BotilbudRepository(*mine.value()).createWithDefaults(b, b.createdDate).ok());
    auto otherPc = storage::Database::open(path, storage::OpenMode::OpenExisting);
    REQUIRE(otherPc.ok());
    app::MainWindow window(std::move(mine.value()), dialogs);
    window.resize(1366, 768);
    window.show();
    window.showView(app::ViewId::Measurements);
    auto* view = qobject_cast<app::MeasurementsView*>(window.viewWidget(app::ViewId::Measurements));
    REQUIRE(view);
    auto& model = view->model();
    int numerator = -1;
    for (int c = 0; c < model.columnCount(); ++c)
        if (model.partAt(c) == MeasurementGridModel::Part::Numerator &&
            model.snapshot().measures.at(model.measureIndexAt(c)).name == QString::fromUtf8(kBoxes))
            numerator = c;
    REQUIRE(numerator > 0);
    const domain::MeasureId boxes = model.snapshot().measures.at(model.measureIndexAt(numerator)).id;
    const int row = model.rowCount() - 2;
    const auto set = [&](double value) {
        REQUIRE(model.setData(model.index(row, numerator), QString::number(value), Qt::EditRole));
        REQUIRE(model.setData(model.index(row, numerator + 1), QStringLiteral("48"), Qt::EditRole));
    };
    const auto otherSaves = [&](double value) {
        auto series = storage::MeasureRepository(*otherPc.value()).series(boxes);
        REQUIRE(series.ok());
        REQUIRE(series->size() == 1);
        domain::Measurement theirs = series->first();
        theirs.numerator = value;
        REQUIRE(storage::MeasureRepository(*otherPc.value()).updateMeasurement(theirs).ok());
    };
    const auto stored = [&] { return storage::MeasureRepository(*otherPc.value()).series(boxes)->first().numerator; };

    set(40);
    REQUIRE(view->saveChanges());

    // Keep mine.
    otherSaves(44);
    set(42);
    dialogs.conflictChoice = app::DialogService::ConflictChoice::KeepMine;
    CHECK(view->saveChanges());
    REQUIRE(dialogs.conflicts.size() == 1);
    REQUIRE(dialogs.conflicts.first().size() == 1);
    CHECK(dialogs.conflicts.first().first().field.startsWith(QString::fromUtf8(kBoxes)));
    CHECK(dialogs.conflicts.first().first().mine == QStringLiteral("42 / 48"));
    CHECK(dialogs.conflicts.first().first().theirs == QStringLiteral("44 / 48"));
    CHECK(stored() == 42);
    CHECK_FALSE(view->hasUnsavedChanges());

    // Take theirs.
    otherSaves(45);
    set(41);
    dialogs.conflictChoice = app::DialogService::ConflictChoice::TakeTheirs;
    CHECK_FALSE(view->saveChanges());
    CHECK(stored() == 45);
    CHECK(model.index(row, numerator).data().toString() == QStringLiteral("45"));
    CHECK_FALSE(view->hasUnsavedChanges());
}
