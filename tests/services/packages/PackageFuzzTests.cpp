// Randomized robustness of the package reader and importer: thousands of packages that are
// valid JSON with a valid checksum but have one field replaced by something wrong (a wrong
// type, an out-of-range number, a bad date, a huge text, a deleted key, an emptied list). A
// package from a stranger's machine must never crash the program, and whatever the reader
// accepts must still keep the promises the rest of the program relies on. A sample of them is
// also imported: each either lands whole or changes nothing. Deterministic (fixed seed).

#include "PackageTestSupport.h"

#include "services/packages/PackageImporter.h"
#include "services/packages/ReportPackageReader.h"
#include "services/packages/ReportPackageWriter.h"
#include "services/report/SmallCountSuppression.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>
#include <random>

using namespace medsafe;
using namespace medsafe::services;
using namespace medsafe::services::test;

namespace {

// Every path to a value inside `node` ("content.measures.0.series.points.3.date"), leaves and
// containers alike.
void collectPaths(const QJsonValue& node, const QString& prefix, QStringList& out) {
    if (!prefix.isEmpty()) out << prefix;
    const QString dot = prefix.isEmpty() ? QString() : prefix + QLatin1Char('.');
    if (node.isObject()) {
        const QJsonObject object = node.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectPaths(it.value(), dot + it.key(), out);
    } else if (node.isArray()) {
        const QJsonArray array = node.toArray();
        for (int i = 0; i < array.size(); ++i)
            collectPaths(array.at(i), dot + QString::number(i), out);
    }
}

QJsonValue strangeValue(std::mt19937& random) {
    static const QList<QJsonValue> kValues{
        QJsonValue(QJsonValue::Null), QJsonValue(true), QJsonValue(-1), QJsonValue(0), QJsonValue(3),
        QJsonValue(4.5), QJsonValue(1e308), QJsonValue(-1e308), QJsonValue(2147483648.0), QJsonValue(QString()),
        QJsonValue(QStringLiteral("x")), QJsonValue(QStringLiteral("<5")), QJsonValue(QStringLiteral("<4")),
        QJsonValue(QStringLiteral("2025-13-01")), QJsonValue(QStringLiteral("2025-02-30")),
        QJsonValue(QStringLiteral("0101901234")), QJsonValue(QStringLiteral("010190-1234")),
        QJsonValue(QJsonArray()), QJsonValue(QJsonObject()), QJsonValue(QJsonArray{1, 2, 3}),
        QJsonValue(QString(20000, QLatin1Char('a'))), QJsonValue(QStringLiteral("unknown_code")),
    };
    return kValues.at(std::uniform_int_distribution<int>(0, static_cast<int>(kValues.size()) - 1)(random));
}

// What an accepted package must still promise.
void checkInvariants(const MonthlyReportContent& c) {
    const auto countOk = [](const ReportCount& n) {
        return n.suppressed ? n.value == 0 : (n.value == 0 || n.value >= SmallCountSuppression::kThreshold);
    };
    CHECK(c.month.isValid());
    CHECK(c.month.day() == 1);
    CHECK(countOk(c.incidents.total));
    CHECK(countOk(c.incidents.reachedCitizen));
    for (const ReportCountRow& row : c.incidents.byStage) CHECK(countOk(row.count));
    for (const ReportCountRow& row : c.incidents.byConsequence) CHECK(countOk(row.count));
    if (c.report.selfScore) {
        CHECK(*c.report.selfScore >= domain::MonthlyReport::kMinScore);
        CHECK(*c.report.selfScore <= domain::MonthlyReport::kMaxScore);
    }
    CHECK_FALSE(c.botilbud.name.trimmed().isEmpty());
    CHECK(c.botilbud.residentCount >= 0);
    for (const MeasureChart& chart : c.charts) {
        // The analysis is this program's own: one point per series point, or a stated problem.
        if (chart.result) CHECK(chart.result->points.size() == static_cast<size_t>(chart.series.points.size()));
        else CHECK_FALSE(chart.problem.isEmpty());
    }
}

} // namespace

TEST_CASE("Packages with one field made wrong never crash the reader, and what it accepts keeps its promises",
          "[packages][fuzz]") {
    const QByteArray valid = ReportPackageWriter::write(sampleContent(), senderKey(), QDate(2021, 10, 4));
    REQUIRE(ReportPackageReader::read(valid).ok());
    const QJsonObject root = packageObject(valid);
    QStringList paths;
    collectPaths(root, QString(), paths);
    paths.removeAll(QStringLiteral("sha256"));
    REQUIRE(paths.size() > 100);

    std::mt19937 random(20261122);
    int accepted = 0;
    int refused = 0;
    for (int round = 0; round < 3000; ++round) {
        const QString path = paths.at(std::uniform_int_distribution<int>(0, static_cast<int>(paths.size()) - 1)(random));
        const int action = std::uniform_int_distribution<int>(0, 9)(random);
        const QByteArray bytes = action == 0 ? withoutValue(valid, path) : withValue(valid, path, strangeValue(random));
        const auto read = ReportPackageReader::read(bytes);
        INFO("round " << round << ", " << path.toStdString());
        if (!read) {
            ++refused;
            // A refusal always says something a person can act on.
            CHECK_FALSE(read.error().display().trimmed().isEmpty());
            continue;
        }
        ++accepted;
        checkInvariants(read->content);
    }
    CHECK(refused > 1000); // most damage is caught...
    CHECK(accepted > 0);   // ...while harmless changes (a different title) are read
}

TEST_CASE("Damaged bytes are refused, never half read", "[packages][fuzz]") {
    const QByteArray valid = ReportPackageWriter::write(sampleContent(), senderKey(), QDate(2021, 10, 4));
    std::mt19937 random(7);
    for (int round = 0; round < 1500; ++round) {
        QByteArray bytes = valid;
        const int kind = round % 3;
        const int at = std::uniform_int_distribution<int>(0, static_cast<int>(bytes.size()) - 1)(random);
        if (kind == 0) bytes.truncate(at);                                           // cut short in transit
        else if (kind == 1) bytes[at] = static_cast<char>(bytes[at] ^ (1 << (round % 7))); // one bit flipped
        else bytes.insert(at, "\xff\xfe\x00", 3);                                    // foreign bytes
        const auto read = ReportPackageReader::read(bytes);
        INFO("round " << round);
        if (read) {
            // Only a change the JSON parser itself ignores (e.g. in white space) can pass, and
            // then the content must be exactly the original.
            CHECK(ReportPackageWriter::write(read->content, senderKey(), read->createdOn) == valid);
        }
    }
}

TEST_CASE("Imports of damaged packages land whole or change nothing", "[packages][fuzz]") {
    const QByteArray valid = ReportPackageWriter::write(sampleContent(), senderKey(), QDate(2021, 10, 4));
    const QJsonObject root = packageObject(valid);
    QStringList paths;
    collectPaths(root, QString(), paths);
    paths.removeAll(QStringLiteral("sha256"));
    std::mt19937 random(99);
    for (int round = 0; round < 150; ++round) {
        auto db = storage::Database::openInMemory();
        REQUIRE(db.ok());
        const QString path = paths.at(std::uniform_int_distribution<int>(0, static_cast<int>(paths.size()) - 1)(random));
        const QByteArray bytes = withValue(valid, path, strangeValue(random));
        trustSigner(**db, valid); // the consultant trusts the sender, as after `trust`
        const QList<qint64> before = rowCounts(**db);
        const auto outcome = PackageImporter(**db, QDate(2021, 10, 10)).importBytes(bytes);
        INFO("round " << round << ", " << path.toStdString());
        if (!outcome) {
            CHECK(rowCounts(**db) == before);
        } else {
            const QList<qint64> after = rowCounts(**db);
            CHECK(after != before);
            // Importing the same package again changes nothing.
            const auto again = PackageImporter(**db, QDate(2021, 10, 11)).importBytes(bytes);
            REQUIRE(again.ok());
            CHECK(again->unchanged);
            CHECK(rowCounts(**db) == after);
        }
    }
}
