// workspace_bench: how long the tovholder waits in Oversigt, Forbedringsarbejde and PDSA.
// Opens the main window offscreen on a database (meant for the scale demo: 100 botilbud, 60
// months, 100,000 incidents), then times switching to each view, choosing another botilbud
// while the view is shown, and opening a PDSA cycle in the editor. Each figure is the median
// and the worst of many repetitions, including the event processing that follows (layout and
// painting). Usage: workspace_bench DATABASE [REPETITIONS]
#include "BenchDialogs.h"
#include "app/MainWindow.h"
#include "app/pdsa/PdsaView.h"
#include "i18n/Translations.h"
#include "logging/Logging.h"
#include "storage/BotilbudRepository.h"
#include "storage/Database.h"
#include "storage/PdsaRepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace medsafe;

namespace {

void settle() {
    QApplication::processEvents();
    QApplication::processEvents();
}

void report(const char* what, std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    std::printf("%-48s median %7.2f ms   max %7.2f ms   (n=%zu)\n", what, ms[ms.size() / 2], ms.back(), ms.size());
}

double timed(const std::function<void()>& step) {
    QElapsedTimer timer;
    timer.start();
    step();
    settle();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Medicinsikker-bench"));
    QStandardPaths::setTestModeEnabled(true);
    if (argc < 2) {
        std::fprintf(stderr, "usage: workspace_bench DATABASE [REPETITIONS]\n");
        return 2;
    }
    const int repetitions = argc > 2 ? std::max(3, std::atoi(argv[2])) : 30;
    logging::setupConsoleOnly(false);
    if (!i18n::install(i18n::Language::Danish)) std::fprintf(stderr, "the Danish translation did not load\n");
    auto database = storage::Database::open(QString::fromLocal8Bit(argv[1]));
    if (!database) {
        std::fprintf(stderr, "could not open the database: %s\n", qPrintable(database.error().message));
        return 1;
    }
    storage::Database& db = *database.value();
    auto botilbud = storage::BotilbudRepository(db).all();
    if (!botilbud || botilbud.value().size() < 2) {
        std::fprintf(stderr, "the database needs at least two botilbud\n");
        return 1;
    }

    bench::SilentDialogs dialogs;
    QElapsedTimer startup;
    startup.start();
    app::MainWindow window(std::move(database.value()), dialogs);
    window.resize(1366, 768);
    window.show();
    settle();
    std::printf("main window constructed and shown: %.1f ms\n", static_cast<double>(startup.nsecsElapsed()) / 1e6);

    const QList<domain::Botilbud>& all = botilbud.value();
    const std::pair<app::ViewId, const char*> views[] = {
        {app::ViewId::Overview, "Oversigt"},
        {app::ViewId::Improvement, "Forbedringsarbejde"},
        {app::ViewId::Pdsa, "PDSA"},
    };
    for (const auto& [view, name] : views) {
        std::vector<double> switching;
        std::vector<double> choosing;
        for (int i = 0; i < repetitions; ++i) {
            window.showView(app::ViewId::Measurements); // leave, so the view is shown afresh
            settle();
            switching.push_back(timed([&, v = view] { window.showView(v); }));
            const domain::BotilbudId next = all.at((i + 1) % all.size()).id;
            choosing.push_back(timed([&] { window.selectBotilbud(next); }));
        }
        report(qPrintable(QStringLiteral("switch to %1").arg(QString::fromUtf8(name))), switching);
        report(qPrintable(QStringLiteral("choose another botilbud in %1").arg(QString::fromUtf8(name))), choosing);
    }

    window.showView(app::ViewId::Pdsa);
    settle();
    auto* pdsa = dynamic_cast<app::PdsaView*>(window.viewWidget(app::ViewId::Pdsa));
    auto cycles = storage::PdsaRepository(window.database()).forBotilbud(window.currentBotilbud());
    if (!pdsa || !cycles || cycles.value().size() < 2) {
        std::fprintf(stderr, "no PDSA cycles to open\n");
        return 1;
    }
    std::vector<double> opening;
    for (int i = 0; i < repetitions; ++i) {
        const domain::PdsaCycleId id = cycles.value().at(i % cycles.value().size()).id;
        opening.push_back(timed([&] { pdsa->openCycle(id); }));
    }
    report("open a PDSA cycle in the editor", opening);
    return 0;
}
