// Speed of the leader's overview (Seriediagrammer): DashboardService for one botilbud of the
// scale database (12 measures × 60 months; the days-between measures have one point per
// incident), and the dashboard widget built and painted offscreen.
//
//   medicinsikker-cli demo --out /tmp/scale.db --botilbud 100 --months 60 --incidents 100000
//   dashboard_bench /tmp/scale.db [runs]
//
// Works on a copy of the file: when the botilbud has fewer than 12 measures, measures with 60
// monthly values are added to the copy. Build Release; figures go to docs/performance.md.

#include "BenchStats.h"
#include "app/runcharts/DashboardPage.h"
#include "services/measures/DashboardService.h"
#include "storage/BotilbudRepository.h"
#include "storage/Database.h"
#include "storage/MeasureRepository.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPixmap>
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
        std::fprintf(stderr, "usage: dashboard_bench SCALE.db [runs]\n");
        return 2;
    }
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 20;
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("bench.db"));
    if (!QFile::copy(QString::fromLocal8Bit(argv[1]), copy)) {
        std::fprintf(stderr, "cannot copy %s\n", argv[1]);
        return 1;
    }
    auto db = storage::Database::open(copy);
    if (!db) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(db.error().message));
        return 1;
    }
    auto homes = storage::BotilbudRepository(**db).all();
    if (!homes || homes->isEmpty()) return 1;
    const domain::Botilbud home = homes->first();

    // Up to 12 measures, each added one with 60 monthly values (the scale demo has 9 measures).
    storage::MeasureRepository measures(**db);
    auto existing = measures.forBotilbud(home.id, true);
    int count = static_cast<int>(existing->size());
    for (int extra = 1; count < 12; ++extra, ++count) {
        domain::Measure m;
        m.botilbudId = home.id;
        m.name = QStringLiteral("Ekstra målepunkt %1").arg(extra);
        m.kind = domain::MeasureKind::Proportion;
        m.direction = domain::Direction::HigherIsBetter;
        m.denominatorDefinition = QStringLiteral("Stikprøve");
        m.sortOrder = 100 + extra;
        auto id = measures.add(m);
        if (!id) return 1;
        QList<domain::Measurement> values;
        for (int i = 0; i < 60; ++i)
            values << domain::Measurement{
                {},     *id, QDate(2021, 1, 1).addMonths(i), 60.0 + (i * 7 % 11) + (i >= 30 ? 15 : 0), 100.0,
                i < 12, {}, {}};
        if (!measures.addMeasurements(values)) return 1;
    }

    services::DashboardService service(**db);
    auto first = service.load(home.id); // warms SQLite's page cache, as a second visit would be
    if (!first) {
        std::fprintf(stderr, "load failed: %s\n", qPrintable(first.error().message));
        return 1;
    }
    int points = 0;
    for (const auto& c : first->charts)
        points += static_cast<int>(c.series.points.size());
    std::printf("botilbud '%s': %lld measures, %d points in all\n", qPrintable(home.name),
                static_cast<long long>(first->charts.size()), points);

    std::vector<double> serviceMs, widgetMs, paintMs, totalMs;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        auto data = service.load(home.id);
        const double loaded = static_cast<double>(t.nsecsElapsed()) / 1e6;
        app::DashboardPage page;
        page.resize(1186, 700); // 1366 × 768 minus navigation and header
        page.showData(*data);
        page.show();
        QCoreApplication::processEvents();
        const double built = static_cast<double>(t.nsecsElapsed()) / 1e6;
        const QPixmap shot = page.grab(); // paints every tile, as the first frame on screen
        const double painted = static_cast<double>(t.nsecsElapsed()) / 1e6;
        serviceMs.push_back(loaded);
        widgetMs.push_back(built - loaded);
        paintMs.push_back(painted - built);
        totalMs.push_back(painted);
        if (shot.isNull()) return 1;
    }
    print("DashboardService::load", stats(serviceMs));
    print("DashboardPage build (tiles, layout)", stats(widgetMs));
    print("first paint of all tiles (grab)", stats(paintMs));
    print("total: data to painted dashboard", stats(totalMs));
    return 0;
}
