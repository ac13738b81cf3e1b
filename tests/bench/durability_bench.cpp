// durability_bench: what synchronous=FULL costs (issue 12, item 8). Copies the scale database,
// then saves one incident at a time through IncidentService (each its own transaction, as the
// Hændelser form does) with synchronous=FULL (what Database::open sets) and with NORMAL, and
// prints min/median/max per save. Usage: durability_bench [/tmp/scale.db] [saves]
#include "BenchStats.h"
#include "services/backup/BackupService.h"
#include "services/incidents/IncidentService.h"
#include "services/organisation/OrganisationService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace medsafe;

namespace {

std::vector<double> saves(storage::Database& db, const domain::Incident& model, int count) {
    std::vector<double> ms;
    services::IncidentService incidents(db);
    for (int i = 0; i < count; ++i) {
        domain::Incident incident = model;
        incident.id = {};
        QElapsedTimer timer;
        timer.start();
        if (!incidents.save(incident)) {
            std::fprintf(stderr, "save failed\n");
            std::exit(1);
        }
        ms.push_back(bench::elapsedMs(timer));
    }
    return ms;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QString source = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/scale.db");
    const int count = argc > 2 ? std::atoi(argv[2]) : 200;
    QTemporaryDir dir(QStringLiteral("/var/tmp/durability-XXXXXX"));
    const QString path = dir.filePath(QStringLiteral("scale.db"));
    if (!QFile::copy(source, path)) {
        std::fprintf(stderr, "cannot copy %s\n", qPrintable(source));
        return 1;
    }
    auto db = storage::Database::open(path, storage::OpenMode::OpenExisting);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    const auto homes = services::OrganisationService(**db).allBotilbud();
    const auto list = services::IncidentService(**db).incidents(homes->first().id);
    if (!list || list->isEmpty()) return 1;
    const domain::Incident model = list->first();
    std::printf("%s: %lld bytes, %d saves each\n", qPrintable(source),
                static_cast<long long>(QFileInfo(source).size()), count);

    auto pragma = [&](const char* sql) { QSqlQuery((*db)->connection()).exec(QString::fromLatin1(sql)); };
    saves(**db, model, 10); // warm up
    bench::print("incident save, synchronous=FULL", saves(**db, model, count));
    pragma("PRAGMA synchronous = NORMAL");
    bench::print("incident save, synchronous=NORMAL", saves(**db, model, count));
    pragma("PRAGMA synchronous = FULL");
    bench::print("incident save, synchronous=FULL (again)", saves(**db, model, count));

    QElapsedTimer timer;
    timer.start();
    auto made = services::BackupService::backUpTo(**db, dir.filePath(QStringLiteral("copy.db")));
    std::printf("backup (VACUUM INTO + read-only open + integrity_check): %.0f ms%s\n",
                bench::elapsedMs(timer), made ? "" : " FAILED");
    return 0;
}
