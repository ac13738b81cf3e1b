#include "demo/DemoGenerator.h"
#include "demo/DemoWriter.h"
#include "storage/BotilbudRepository.h"
#include "storage/Database.h"
#include "storage/IncidentRepository.h"
#include "storage/MeasureRepository.h"
#include "storage/PdsaRepository.h"
#include "storage/PersonRepository.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace medsafe;
using namespace medsafe::demo;
using namespace medsafe::domain;

namespace {

// A canonical text dump of a written database, read back through the repositories: the
// same dataset must give the same text, whatever order SQLite keeps pages in.
QString canonicalDump(storage::Database& db)
{
    QStringList lines;
    const auto report = db.checkReport();
    REQUIRE(report.ok());
    for (const auto& table : report->tables)
        lines << QStringLiteral("table %1 %2").arg(table.table).arg(table.rows);
    const auto homes = storage::BotilbudRepository(db).all();
    REQUIRE(homes.ok());
    for (const auto& home : *homes) {
        lines << QStringLiteral("botilbud %1|%2|%3").arg(home.name, home.municipality).arg(home.residentCount);
        const auto people = storage::PersonRepository(db).forBotilbud(home.id);
        REQUIRE(people.ok());
        for (const auto& person : *people)
            lines << QStringLiteral("person %1|%2").arg(person.name, roleCodes(person.roles).join(u','));
        const auto measures = storage::MeasureRepository(db).forBotilbud(home.id);
        REQUIRE(measures.ok());
        for (const auto& measure : *measures) {
            lines << QStringLiteral("measure %1").arg(measure.name);
            const auto series = storage::MeasureRepository(db).series(measure.id);
            REQUIRE(series.ok());
            for (const auto& value : *series)
                lines << QStringLiteral("  %1 %2/%3 %4")
                             .arg(value.period.toString(Qt::ISODate))
                             .arg(value.numerator)
                             .arg(value.denominator.value_or(-1))
                             .arg(value.baseline);
        }
        const auto cycles = storage::PdsaRepository(db).forBotilbud(home.id);
        REQUIRE(cycles.ok());
        for (const auto& cycle : *cycles)
            lines << QStringLiteral("pdsa %1|%2|%3|%4")
                         .arg(cycle.number)
                         .arg(cycle.title, cycle.startDate.toString(Qt::ISODate),
                              cycle.decision ? toCode(*cycle.decision) : QString());
        const auto incidents = storage::IncidentRepository(db).forBotilbud(home.id);
        REQUIRE(incidents.ok());
        for (const auto& incident : *incidents)
            lines << QStringLiteral("incident %1|%2|%3|%4|%5")
                         .arg(incident.occurredDate.toString(Qt::ISODate), toCode(incident.stage),
                              toCode(incident.errorType), incident.description)
                         .arg(incident.requiredDoctorContact);
    }
    return lines.join(u'\n');
}

QString writeAndDump(const QString& path, std::uint64_t seed)
{
    DemoOptions options;
    options.seed = seed;
    const Status written = DemoWriter::writeFile(DemoGenerator(options).generate(), path, true);
    INFO((written.ok() ? std::string() : written.error().message.toStdString()));
    REQUIRE(written.ok());
    auto db = storage::Database::open(path);
    REQUIRE(db.ok());
    return canonicalDump(**db);
}

} // namespace

TEST_CASE("the demo dataset writes into a database that passes its check", "[demo][writer]")
{
    auto db = storage::Database::openInMemory();
    REQUIRE(db.ok());
    const DemoDataset dataset = DemoGenerator(DemoOptions{}).generate();
    const Status written = DemoWriter::write(dataset, **db);
    INFO((written.ok() ? std::string() : written.error().message.toStdString()));
    REQUIRE(written.ok());

    const auto report = (*db)->checkReport();
    REQUIRE(report.ok());
    CHECK(report->integrityOk);
    CHECK(report->schemaVersion == report->supportedVersion);
    qint64 rows = 0;
    for (const auto& table : report->tables)
        rows += table.rows;
    CHECK(rows > 500);

    const auto homes = storage::BotilbudRepository(**db).all();
    REQUIRE(homes.ok());
    REQUIRE(homes->size() == 1);
    const auto incidents = storage::IncidentRepository(**db).count(homes->first().id);
    REQUIRE(incidents.ok());
    CHECK(*incidents == 80);
}

TEST_CASE("the written database is the same for the same seed", "[demo][writer]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString first = writeAndDump(dir.filePath(QStringLiteral("a.db")), 7);
    const QString second = writeAndDump(dir.filePath(QStringLiteral("b.db")), 7);
    const QString other = writeAndDump(dir.filePath(QStringLiteral("c.db")), 8);
    CHECK(first.size() > 10000);
    CHECK(first == second);
    CHECK(first != other);
}

TEST_CASE("the writer refuses to overwrite a file unless asked", "[demo][writer]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("existing.db"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("keep me\n");
    }
    const DemoDataset dataset = DemoGenerator(DemoOptions{}).generate();
    const Status refused = DemoWriter::writeFile(dataset, path, false);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("--force")));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == "keep me\n");
    file.close();

    CHECK(DemoWriter::writeFile(dataset, path, true).ok());
    CHECK(storage::Database::open(path).ok());
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".partial")));
}
