// Issue 12, item 9: 1,000 damaged data packages imported into a real consultant database file.
// Half are damaged as bytes (what a disk, a mail program or a hand edit does: the signature no
// longer fits, or the JSON no longer parses); half have one value damaged and are then signed
// again by the sender (what a sender's own broken program could send: the envelope is fine, the
// content is not). Nothing may crash (this suite also runs under the sanitizers); a refusal
// leaves the database file byte-identical and says why, naming line and column when the JSON
// itself is broken; what is accepted lands whole, and a second import changes nothing.

#include "ByteMutator.h"
#include "FaultFiles.h"

#include "../services/packages/PackageTestSupport.h"
#include "services/packages/PackageImporter.h"
#include "services/packages/ReportPackageWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <map>

using namespace medsafe;
using namespace medsafe::fault;
using namespace medsafe::services;

namespace {

// Paths ("content.measures.0.name") to every leaf value of the package, the envelope's own
// checksum and signature fields left out (damaging those is the byte half's job).
void collectLeaves(const QJsonValue& node, const QString& prefix, QStringList& out) {
    const QString dot = prefix.isEmpty() ? QString() : prefix + QLatin1Char('.');
    if (node.isObject()) {
        const QJsonObject object = node.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) collectLeaves(it.value(), dot + it.key(), out);
    } else if (node.isArray()) {
        const QJsonArray array = node.toArray();
        for (int i = 0; i < array.size(); ++i) collectLeaves(array.at(i), dot + QString::number(i), out);
    } else if (!prefix.startsWith(QStringLiteral("sha256")) && !prefix.startsWith(QStringLiteral("signature"))) {
        out << prefix;
    }
}

QJsonValue nested(int depth) {
    QJsonValue value(1);
    for (int i = 0; i < depth; ++i) value = QJsonArray{value};
    return value;
}

// The value at `path` damaged the way `family` damages bytes, as a JSON value.
QJsonValue damagedValue(const QJsonValue& old, Mutation family, ByteMutator& mutator) {
    switch (family) {
    case Mutation::HugeField: return QString(10 * 1024 * 1024, QLatin1Char('x'));
    case Mutation::DeepNesting: return nested(1500);
    case Mutation::ImpossibleDates: return QStringLiteral("2025-02-30");
    case Mutation::EmptyFile: return QJsonValue(QJsonValue::Undefined); // the key removed
    default: break;
    }
    const QByteArray text = old.isString() ? old.toString().toUtf8() : QJsonDocument(QJsonArray{old}).toJson();
    return QString::fromUtf8(mutator.mutate(text.isEmpty() ? QByteArray("x") : text, family));
}

int lineCount(const QByteArray& bytes) {
    return static_cast<int>(bytes.count('\n')) + 1;
}

} // namespace

TEST_CASE("1,000 damaged packages: no crash, refusals change no byte, broken JSON is placed by line and column",
          "[fault][packages]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QByteArray valid = ReportPackageWriter::write(test::sampleContent(), test::senderKey(), QDate(2021, 10, 4));
    const QJsonObject root = test::packageObject(valid);
    QStringList leaves;
    collectLeaves(root, QString(), leaves);
    REQUIRE(leaves.size() > 100);

    const QString target = dir.filePath(QStringLiteral("consultant.db"));
    {
        auto created = storage::Database::open(target, storage::OpenMode::CreateOrMigrate);
        REQUIRE(created.ok());
        test::trustSigner(**created, valid); // the consultant trusts the sender, as after `trust`
    }
    auto db = openExisting(target);
    const QString packagePath = dir.filePath(QStringLiteral("package.json"));
    static const QRegularExpression kPlace(QStringLiteral("line (\\d+), column (\\d+)"));

    ByteMutator mutator(1202);
    std::mt19937 random(2026);
    std::map<std::string, std::pair<int, int>> refusedAccepted;
    int placedParseErrors = 0;
    for (int round = 0; round < 1000; ++round) {
        const Mutation family = mutator.pick();
        const bool asBytes = round % 2 == 0;
        QString where = QStringLiteral("bytes");
        QByteArray bytes;
        if (asBytes) {
            bytes = mutator.mutate(valid, family);
        } else {
            where = leaves.at(std::uniform_int_distribution<int>(0, static_cast<int>(leaves.size()) - 1)(random));
            bytes = test::edited(valid, where, [&](const QJsonValue& old) { return damagedValue(old, family, mutator); });
        }
        INFO("round " << round << " (" << mutationName(family) << " at " << where.toStdString() << ")");
        writeFile(packagePath, bytes);
        const QByteArray before = onDiskBytes(target);
        const QList<qint64> countsBefore = test::rowCounts(*db);

        const auto outcome = PackageImporter(*db, QDate(2021, 10, 10)).importFile(packagePath);
        if (!outcome) {
            ++refusedAccepted[mutationName(family)].first;
            const QString message = outcome.error().display();
            INFO("message: " << message.left(300).toStdString());
            CHECK_FALSE(message.trimmed().isEmpty());
            CHECK(onDiskBytes(target) == before);
            QJsonParseError parse;
            QJsonDocument::fromJson(bytes, &parse);
            if (parse.error != QJsonParseError::NoError && bytes.size() <= PackageFormat::kMaxBytes) {
                const auto place = kPlace.match(message);
                REQUIRE(place.hasMatch());
                CHECK(place.captured(1).toInt() >= 1);
                CHECK(place.captured(1).toInt() <= lineCount(bytes));
                CHECK(place.captured(2).toInt() >= 1);
                ++placedParseErrors;
            }
            continue;
        }
        ++refusedAccepted[mutationName(family)].second;
        const QList<qint64> countsAfter = test::rowCounts(*db);
        // A new package adds rows; one that replaces the month's earlier package (same sender,
        // same month, other content) keeps the counts but changes what is stored.
        if (!outcome->unchanged && !outcome->replaced) CHECK(countsAfter != countsBefore);
        if (!outcome->unchanged) CHECK(onDiskBytes(target) != before);
        const auto again = PackageImporter(*db, QDate(2021, 10, 11)).importFile(packagePath);
        REQUIRE(again.ok());
        CHECK(again->unchanged);
        CHECK(test::rowCounts(*db) == countsAfter);
    }
    int refused = 0;
    for (const auto& [name, counts] : refusedAccepted) {
        refused += counts.first;
        UNSCOPED_INFO(name << ": refused " << counts.first << ", accepted " << counts.second);
    }
    CHECK(refused > 700);
    CHECK(placedParseErrors > 100);
    CHECK(refusedAccepted.size() == static_cast<size_t>(kMutationCount));
}
