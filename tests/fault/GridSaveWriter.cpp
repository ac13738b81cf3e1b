// fault_grid_writer DATABASE: saves the first botilbud's whole measurement grid again and
// again, as the Målinger view saves it (one MeasurementGridService::save per generation, every
// stored value's note set to "generation N"), and prints "saved N" once each save has
// returned. kill_during_writes.sh kills it with SIGKILL at a random moment and then checks that
// every value carries the same generation (nothing half-written) and that it is at least the
// last one printed (nothing the program said was saved is lost).

#include "services/measures/MeasurementGridService.h"
#include "services/organisation/OrganisationService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDate>

#include <cstdio>

using namespace medsafe;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: fault_grid_writer DATABASE\n");
        return 2;
    }
    auto db = storage::Database::open(QString::fromLocal8Bit(argv[1]), storage::OpenMode::OpenExisting);
    if (!db) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(db.error().message));
        return 1;
    }
    const auto homes = services::OrganisationService(**db).allBotilbud();
    if (!homes || homes->isEmpty()) return 1;
    const services::MeasurementGridService grid(**db);
    const auto sheet = grid.load(homes->first().id, QDate::currentDate());
    if (!sheet) {
        std::fprintf(stderr, "cannot load: %s\n", qPrintable(sheet.error().message));
        return 1;
    }
    QList<domain::Measurement> stored;
    for (const auto& values : sheet->values) stored += values;
    if (stored.size() < 50) {
        std::fprintf(stderr, "only %d values: too few to be a real grid\n", int(stored.size()));
        return 1;
    }
    std::printf("values %d\n", int(stored.size()));
    std::fflush(stdout);
    for (int generation = 1; generation <= 1'000'000; ++generation) {
        domain::MeasurementChanges changes;
        for (domain::Measurement value : stored) {
            value.note = QStringLiteral("generation %1").arg(generation);
            changes.updated.append(value);
        }
        if (const Status saved = grid.save(changes); !saved) {
            std::fprintf(stderr, "save %d failed: %s\n", generation, qPrintable(saved.error().message));
            return 1;
        }
        // Each saved value is one version newer now, as the grid would read it again.
        for (domain::Measurement& value : stored) ++value.rowVersion.value;
        std::printf("saved %d\n", generation);
        std::fflush(stdout);
    }
    return 0;
}
