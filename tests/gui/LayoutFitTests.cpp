// Issue 11, item 1: every view and editor fits a 1366×768 laptop screen and a 1280×720 one
// with a taskbar (1280×680 for the window): nothing a person must read or press is cut, and no
// form needs scrolling sideways. Walks every view of the demo, every tab inside it and every
// stage of the PDSA editor, and checks each visible widget against its own size hint.
#include <catch2/catch.hpp>

#include "FakeDialogService.h"
#include "app/MainWindow.h"
#include "app/ViewCatalog.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoWriter.h"
#include "services/organisation/ProgrammeSetup.h"
#include "storage/Database.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace medsafe;

namespace {

QString describe(const QWidget* widget) {
    QString text;
    if (const auto* label = qobject_cast<const QLabel*>(widget)) text = label->text();
    if (const auto* button = qobject_cast<const QAbstractButton*>(widget)) text = button->text();
    return QStringLiteral("%1 '%2' \"%3\" %4x%5 (needs %6x%7)")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(), text.left(60))
        .arg(widget->width())
        .arg(widget->height())
        .arg(widget->sizeHint().width())
        .arg(widget->sizeHint().height());
}

bool insideScrollArea(const QWidget* widget, const QWidget* root) {
    for (const QWidget* w = widget->parentWidget(); w && w != root; w = w->parentWidget())
        if (qobject_cast<const QAbstractScrollArea*>(w)) return true;
    return false;
}

// Labels and buttons narrower or lower than their text, forms that scroll sideways, and
// widgets that reach past the window's edge (outside a scrolling area).
QStringList cutWidgets(QWidget* root, int* checked = nullptr) {
    QStringList cut;
    const QRect window = root->rect();
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!widget->isVisible() || widget->window() != root) continue;
        // Item views draw (and elide with a tooltip) their own cells; tab bars scroll by design.
        if (qobject_cast<QHeaderView*>(widget) || qobject_cast<QTabBar*>(widget->parentWidget())) continue;
        if (checked) ++*checked;
        if (const auto* label = qobject_cast<QLabel*>(widget)) {
            if (label->text().isEmpty()) continue;
            if (label->wordWrap()) {
                // A wrapped text needs the height its lines take at its width.
                if (label->height() + 1 < label->heightForWidth(label->width())) cut << describe(widget);
                continue;
            }
            if (label->width() + 1 < label->sizeHint().width() || label->height() + 1 < label->sizeHint().height())
                cut << describe(widget);
        } else if (qobject_cast<QPushButton*>(widget) || qobject_cast<QCheckBox*>(widget) ||
                   qobject_cast<QRadioButton*>(widget)) {
            const auto* button = static_cast<QAbstractButton*>(widget);
            if (button->text().isEmpty()) continue;
            if (button->width() + 1 < button->minimumSizeHint().width() ||
                button->height() + 1 < button->minimumSizeHint().height())
                cut << describe(widget);
        } else if (const auto* combo = qobject_cast<QComboBox*>(widget)) {
            // The chosen text must show whole: the size hint is the widest item plus the arrow
            // and frame, so the frame is the hint less the widest item.
            int widest = 0;
            for (int i = 0; i < combo->count(); ++i)
                widest = std::max(widest, combo->fontMetrics().horizontalAdvance(combo->itemText(i)));
            const int frame = combo->sizeHint().width() - widest;
            const int needed = combo->fontMetrics().horizontalAdvance(combo->currentText()) + std::max(frame, 20);
            if (!combo->isEditable() && combo->width() < needed)
                cut << QStringLiteral("%1 shows '%2' in %3 px, needs %4").arg(describe(widget), combo->currentText().left(60)).arg(combo->width()).arg(needed);
        } else if (const auto* scroll = qobject_cast<QScrollArea*>(widget)) {
            if (scroll->horizontalScrollBar()->isVisible())
                cut << QStringLiteral("%1 scrolls sideways").arg(describe(widget));
        }
        if (!insideScrollArea(widget, root)) {
            const QRect where(widget->mapTo(root, QPoint(0, 0)), widget->size());
            if (!window.contains(where) && where.width() > 0) cut << QStringLiteral("%1 reaches past the window").arg(describe(widget));
        }
    }
    return cut;
}

void settle() {
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(20);
    }
}

// Every tab of every tab widget under `widget`, one after the other, checked each time.
void checkEveryTab(QWidget* root, QWidget* widget, const QString& where, QStringList& problems) {
    for (QTabWidget* tabs : widget->findChildren<QTabWidget*>()) {
        if (!tabs->isVisible()) continue;
        const int before = tabs->currentIndex();
        for (int t = 0; t < tabs->count(); ++t) {
            tabs->setCurrentIndex(t);
            settle();
            const QStringList cut = cutWidgets(root);
            for (const QString& problem : cut)
                problems << QStringLiteral("%1 › %2: %3").arg(where, tabs->tabText(t), problem);
            // MEDSAFE_SHOT_DIR set: a picture of every tab to look at, "cut-" where it has a problem.
            if (qEnvironmentVariableIsSet("MEDSAFE_SHOT_DIR"))
                root->grab().save(QStringLiteral("%1/%2%3-%4.png")
                                      .arg(qEnvironmentVariable("MEDSAFE_SHOT_DIR"),
                                           cut.isEmpty() ? QString() : QStringLiteral("cut-"), where, tabs->tabText(t)));
        }
        tabs->setCurrentIndex(before);
    }
}

} // namespace

TEST_CASE("the fit check finds a cut label, a cut button, a cut choice and a form that scrolls sideways",
          "[gui][layout]") {
    QWidget window;
    window.resize(400, 300);
    auto* label = new QLabel(QStringLiteral("En meget lang overskrift, der ikke kan være her"), &window);
    label->setGeometry(10, 10, 60, 20);
    auto* button = new QPushButton(QStringLiteral("Gem og luk PDSA-cirklen"), &window);
    button->setGeometry(10, 40, 50, 30);
    auto* combo = new QComboBox(&window);
    combo->addItem(QStringLiteral("Dobbeltkontrol ved dispensering af medicin"));
    combo->setGeometry(10, 80, 80, 25);
    auto* scroll = new QScrollArea(&window);
    auto* wide = new QWidget;
    wide->setMinimumSize(900, 50);
    scroll->setWidget(wide);
    scroll->setGeometry(10, 120, 300, 120);
    auto* past = new QLabel(QStringLiteral("x"), &window);
    past->setGeometry(390, 10, 40, 20);
    window.show();
    settle();
    const QString found = cutWidgets(&window).join(QLatin1Char('\n'));
    INFO(found.toStdString());
    CHECK(found.contains(QStringLiteral("En meget lang")));
    CHECK(found.contains(QStringLiteral("Gem og luk")));
    CHECK(found.contains(QStringLiteral("Dobbeltkontrol")));
    CHECK(found.contains(QStringLiteral("scrolls sideways")));
    CHECK(found.contains(QStringLiteral("reaches past the window")));
}

// Every view (each tab, and the PDSA editor's four stages when there is a cycle) at both
// sizes; the problems found, one line each.
static QStringList walkEveryView(app::MainWindow& window) {
    QStringList problems;
    for (const QSize size : {QSize(1366, 768), QSize(1280, 680)}) {
        window.resize(size);
        for (app::ViewId view : app::kAllViews) {
            window.showView(view);
            settle();
            const QString where = QStringLiteral("%1 at %2x%3").arg(app::ViewCatalog::title(view)).arg(size.width()).arg(size.height());
            int checked = 0;
            for (const QString& problem : cutWidgets(&window, &checked)) problems << QStringLiteral("%1: %2").arg(where, problem);
            INFO(where.toStdString());
            CHECK(checked > 5); // the walk really saw the view's widgets
            checkEveryTab(&window, window.viewWidget(view), where, problems);
            if (view != app::ViewId::Pdsa) continue;
            // The editor of the first cycle in the list, at each of its four stages.
            auto* tree = window.viewWidget(view)->findChild<QTreeView*>();
            REQUIRE(tree);
            tree->expandAll();
            const QModelIndex first = tree->model()->index(0, 0, tree->model()->index(0, 0));
            if (!first.isValid()) continue; // no cycle yet
            tree->setCurrentIndex(first);
            settle();
            for (const char* stage : {"planStageButton", "doStageButton", "studyStageButton", "actStageButton"}) {
                auto* button = window.findChild<QPushButton*>(QString::fromLatin1(stage));
                REQUIRE(button);
                button->click();
                settle();
                for (const QString& problem : cutWidgets(&window))
                    problems << QStringLiteral("%1 › %2: %3").arg(where, QString::fromLatin1(stage), problem);
            }
        }
    }
    problems.removeDuplicates();
    return problems;
}

// A main window on `database`, walked view by view; every problem is listed in the failure.
static void checkEveryViewFits(std::unique_ptr<storage::Database> database) {
    FakeDialogService dialogs;
    app::MainWindow window(std::move(database), dialogs);
    window.show();
    const QStringList problems = walkEveryView(window);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("every view, tab and PDSA stage of the demo fits 1366×768 and 1280×680 without cut text",
          "[gui][layout]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    // The demo as the app makes it: a programme in progress (a fixed day, so the walk sees the
    // same planned and running PDSA cycles, draft report and half-entered month every run).
    demo::DemoOptions options;
    options.asOf = QDate(2026, 12, 6);
    REQUIRE(demo::DemoWriter::writeFile(demo::DemoGenerator(options).generate(), path, true).ok());
    auto db = storage::Database::open(path, storage::OpenMode::OpenExisting);
    REQUIRE(db.ok());
    checkEveryViewFits(std::move(db.value()));
}

TEST_CASE("a new tovholder's first day: a programme just set up fits both screens in every view",
          "[gui][layout][setup]") {
    auto db = storage::Database::openInMemory();
    REQUIRE(db.ok());
    services::ProgrammeSetup setup;
    setup.botilbudName = QStringLiteral("Bostedet Lærken");
    setup.municipality = QStringLiteral("Fjordby Kommune");
    setup.residents = 14;
    setup.programmeStart = QDate::currentDate();
    setup.tovholder = QStringLiteral("Karen Dahl");
    setup.leader = QStringLiteral("Jens Holm");
    setup.workingGroup = {QStringLiteral("Ida Lund"), QStringLiteral("Ali Noor")};
    setup.aim = QStringLiteral("Halvt så mange medicinfejl som i baselinen ved forløbets slutning.");
    REQUIRE(services::ProgrammeSetupService(**db).create(setup, QDate::currentDate()).ok());
    checkEveryViewFits(std::move(db.value()));
}
