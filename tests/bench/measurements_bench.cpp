// Times what a tovholder waits for in the Målinger and Forløb og kompetencer views on the scale
// database (100 botilbud, 60 months, 100,000 incidents): switching to the view after the
// botilbud changed elsewhere (the view reloads), switching to it again (no reload), and changing
// botilbud while the view is open. The main window runs on the offscreen platform; each
// figure includes the event processing that lays out and paints the view.
//
//   medicinsikker-cli demo --out /tmp/scale.db --botilbud 100 --months 60 --incidents 100000
//   measurements_bench /tmp/scale.db [rounds]

#include "app/DialogService.h"
#include "app/MainWindow.h"
#include "app/measurements/MeasurementsView.h"
#include "app/programme/ProgrammeView.h"
#include "i18n/Translations.h"
#include "logging/Logging.h"
#include "storage/BotilbudRepository.h"
#include "storage/Database.h"

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace medsafe;

namespace {

// Benchmarks answer no dialogs; a dialog would mean something went wrong, so it is printed.
class PrintingDialogs final : public app::DialogService {
public:
    void information(QWidget*, const QString&, const QString& text) override { print(text); }
    void warning(QWidget*, const QString&, const QString& text) override { print(text); }
    bool question(QWidget*, const QString&, const QString&) override { return false; }
    SaveChoice askToSave(QWidget*, const QString&, const QString&) override { return SaveChoice::Discard; }
    QString openFileName(QWidget*, const QString&, const QString&) override { return {}; }
    QString saveFileName(QWidget*, const QString&, const QString&, const QString&) override { return {}; }

private:
    static void print(const QString& text) { std::fprintf(stderr, "dialog: %s\n", qPrintable(text)); }
};

struct Figures {
    std::vector<double> ms;
    void add(double value) { ms.push_back(value); }
    void print(const char* what) {
        std::sort(ms.begin(), ms.end());
        const double median = ms[ms.size() / 2];
        const double p90 = ms[std::min(ms.size() - 1, ms.size() * 9 / 10)];
        std::printf("%-58s n=%3zu  median %6.1f ms  p90 %6.1f ms  max %6.1f ms\n", what, ms.size(), median, p90,
                    ms.back());
    }
};

double settle(QElapsedTimer& timer) {
    QApplication::processEvents();
    QApplication::processEvents();
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char* argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Medicinsikker-bench"));
    logging::setupConsoleOnly(false);
    i18n::install(i18n::Language::Danish);
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/scale.db");
    const int rounds = argc > 2 ? std::max(3, std::atoi(argv[2])) : 20;

    auto db = storage::Database::open(path);
    if (!db) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(db.error().message));
        return 1;
    }
    auto homes = storage::BotilbudRepository(*db.value()).all();
    if (!homes || homes->size() < 2) {
        std::fprintf(stderr, "the database needs at least two botilbud\n");
        return 1;
    }
    const QList<domain::Botilbud> botilbud = homes.value();
    PrintingDialogs dialogs;
    app::MainWindow window(std::move(db.value()), dialogs);
    window.resize(1366, 768);
    window.show();
    QApplication::processEvents();
    std::printf("database %s: %lld botilbud\n", qPrintable(path), static_cast<long long>(botilbud.size()));

    int next = 0;
    auto nextBotilbud = [&] { return botilbud.at(++next % botilbud.size()).id; };
    for (const auto view : {app::ViewId::Measurements, app::ViewId::Programme}) {
        const QString name = app::ViewCatalog::title(view);
        Figures cold;
        Figures warm;
        Figures change;
        Figures own;
        for (int i = 0; i < rounds; ++i) {
            // Switch to the view after the botilbud changed on another view: it reloads.
            window.showView(app::ViewId::Incidents);
            window.selectBotilbud(nextBotilbud());
            QApplication::processEvents();
            QElapsedTimer timer;
            timer.start();
            window.showView(view);
            cold.add(settle(timer));
            // Away and back again: nothing changed, nothing is read.
            window.showView(app::ViewId::Incidents);
            QApplication::processEvents();
            timer.restart();
            window.showView(view);
            warm.add(settle(timer));
            // Change botilbud while the view is open.
            timer.restart();
            window.selectBotilbud(nextBotilbud());
            change.add(settle(timer));
            // The view's own share of that: reading and filling it, without the other views
            // and the main window that also follow the botilbud.
            timer.restart();
            if (auto* measurements = qobject_cast<app::MeasurementsView*>(window.viewWidget(view)))
                measurements->reload();
            if (auto* programme = qobject_cast<app::ProgrammeView*>(window.viewWidget(view))) programme->reload();
            own.add(settle(timer));
        }
        cold.print(qPrintable(QStringLiteral("%1: switch to view (reloads)").arg(name)));
        warm.print(qPrintable(QStringLiteral("%1: switch to view again (no reload)").arg(name)));
        change.print(qPrintable(QStringLiteral("%1: change botilbud on the view").arg(name)));
        own.print(qPrintable(QStringLiteral("%1: the view's own reload").arg(name)));
    }
    return 0;
}
