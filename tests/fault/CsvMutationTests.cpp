// Issue 12, item 9: 1,000 damaged incident CSV files imported into a real database file, the
// way the CLI and the Hændelser view import them (parse, flag duplicates, commit). Nothing may
// crash (this suite also runs under AddressSanitizer and UndefinedBehaviorSanitizer); a refused
// file leaves the database bytes exactly as they were; every message names the line, and the
// column (by its header) or the field number; what is accepted lands whole and only once.

#include "ByteMutator.h"
#include "FaultFiles.h"

#include "services/incidents/IncidentCsvFormat.h"
#include "services/incidents/IncidentExport.h"
#include "services/incidents/IncidentImport.h"
#include "services/incidents/IncidentService.h"
#include "services/organisation/OrganisationService.h"
#include "storage/IncidentRepository.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <map>

using namespace medsafe;
using namespace medsafe::fault;

namespace {

qint64 incidentCount(storage::Database& db, domain::BotilbudId home) {
    const auto count = storage::IncidentRepository(db).count(home);
    REQUIRE(count.ok());
    return *count;
}

// The number of physical lines a text editor shows for `bytes` (a last line without a line
// break counts), so a message's line number can be checked against the file.
int physicalLines(const QByteArray& bytes) {
    return static_cast<int>(bytes.count('\n') + bytes.count('\r') - bytes.count("\r\n")) + 1;
}

// "Line 12: Dato: ..." or "Line 3, field 4: ..."; the line within the file.
void checkMessageNamesPlace(const QString& message, int lines, const QStringList& headers) {
    static const QRegularExpression kPlace(QStringLiteral("^Line (\\d+)(, field (\\d+))?: (.+)$"),
                                           QRegularExpression::DotMatchesEverythingOption);
    const auto match = kPlace.match(message);
    INFO("message: " << message.left(300).toStdString());
    REQUIRE(match.hasMatch());
    const int line = match.captured(1).toInt();
    CHECK(line >= 1);
    CHECK(line <= lines);
    if (match.captured(3).isEmpty()) {
        // Without a field number the message must start with the column it is about, or be
        // about the header line itself.
        const QString rest = match.captured(4);
        bool namesColumn = rest.startsWith(QStringLiteral("The column")) ||
                           rest.startsWith(QStringLiteral("The file")) ||
                           rest.contains(QStringLiteral("header"));
        for (const QString& header : headers) namesColumn = namesColumn || rest.startsWith(header + u':');
        CHECK(namesColumn);
    } else {
        CHECK(match.captured(3).toInt() >= 1);
    }
}

} // namespace

TEST_CASE("1,000 damaged incident CSV files: no crash, refusals change no byte, messages name the place",
          "[fault][csv]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // The file to damage comes from one demo botilbud; the database it goes into is another, so
    // an undamaged row is new there and a duplicate when the same file is imported again.
    const QByteArray valid = [&] {
        auto source = writeDemoDatabase(dir.filePath(QStringLiteral("source.db")), 7);
        auto csv = services::IncidentExport::fromDatabase(*source, {}, services::CsvDialect{});
        REQUIRE(csv.ok());
        return *csv;
    }();
    REQUIRE(valid.count('\n') > 50);
    // Every round imports into the same starting file: a round that added rows puts the pristine
    // copy back, so the target never grows (markDuplicates reads every incident of the botilbud,
    // and a target grown by 1,000 rounds made the suite take minutes instead of seconds).
    const QString pristine = dir.filePath(QStringLiteral("pristine.db"));
    writeDemoDatabase(pristine, 11).reset();
    const QString target = dir.filePath(QStringLiteral("target.db"));
    REQUIRE(QFile::copy(pristine, target));
    auto db = openExisting(target);
    const auto homes = services::OrganisationService(*db).allBotilbud();
    REQUIRE(homes.ok());
    REQUIRE_FALSE(homes->isEmpty());
    const domain::BotilbudId home = homes->first().id;
    const QStringList headers = services::IncidentCsvFormat::headers();
    const QDate today(2026, 12, 1);

    ByteMutator mutator(20261202);
    std::map<std::string, std::pair<int, int>> refusedAccepted;
    for (int round = 0; round < 1000; ++round) {
        const Mutation family = mutator.pick();
        const QByteArray bytes = mutator.mutate(valid, family);
        INFO("round " << round << " (" << mutationName(family) << ")");
        const QByteArray before = onDiskBytes(target);
        const qint64 countBefore = incidentCount(*db, home);

        auto preview = services::IncidentImport::parse(bytes, home, today);
        const services::IncidentService incidents(*db);
        if (preview.hasErrors() || preview.rows.isEmpty()) {
            ++refusedAccepted[mutationName(family)].first;
            const QStringList messages = preview.errorLines();
            if (preview.hasErrors()) REQUIRE_FALSE(messages.isEmpty());
            for (const QString& message : messages) checkMessageNamesPlace(message, physicalLines(bytes), headers);
            if (!preview.rows.isEmpty()) {
                REQUIRE(incidents.markDuplicates(home, preview).ok());
                CHECK_FALSE(incidents.importRows(home, preview).ok());
            }
            CHECK(onDiskBytes(target) == before);
            CHECK(incidentCount(*db, home) == countBefore);
            continue;
        }
        ++refusedAccepted[mutationName(family)].second;
        REQUIRE(incidents.markDuplicates(home, preview).ok());
        const int expectedNew = preview.newCount();
        const auto summary = incidents.importRows(home, preview);
        REQUIRE(summary.ok());
        CHECK(summary->imported == expectedNew);
        CHECK(incidentCount(*db, home) == countBefore + expectedNew);
        if (expectedNew == 0) CHECK(onDiskBytes(target) == before);
        // The same file again adds nothing.
        auto again = services::IncidentImport::parse(bytes, home, today);
        REQUIRE(incidents.markDuplicates(home, again).ok());
        CHECK(again.newCount() == 0);
        if (expectedNew > 0) {
            db.reset();
            REQUIRE(QFile::remove(target));
            QFile::remove(target + QStringLiteral("-wal"));
            QFile::remove(target + QStringLiteral("-shm"));
            REQUIRE(QFile::copy(pristine, target));
            db = openExisting(target);
        }
    }
    // The families really were exercised both ways where they can be: mostly refused, some
    // harmless (a duplicated blank, a truncation at a row end) accepted.
    int refused = 0;
    for (const auto& [name, counts] : refusedAccepted) {
        refused += counts.first;
        UNSCOPED_INFO(name << ": refused " << counts.first << ", accepted " << counts.second);
    }
    CHECK(refused > 500);
    CHECK(refusedAccepted.size() == static_cast<size_t>(kMutationCount));
}
