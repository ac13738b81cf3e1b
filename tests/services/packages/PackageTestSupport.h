#pragma once

// Shared by the package tests: a hand-built monthly report content, a botilbud database with
// people, PDSA notes and incident texts that must never leave it, and helpers to edit a
// package's JSON (re-signed, so the edit reaches the field checks rather than the checksum).
#include "domain/Incident.h"
#include "domain/Person.h"
#include "domain/Programme.h"
#include "services/measures/DashboardService.h"
#include "services/crypto/PackageSigning.h"
#include "services/packages/PackageFormat.h"
#include "services/report/MonthlyReportContent.h"
#include "storage/BotilbudRepository.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <catch2/catch.hpp>
#include <functional>
#include <memory>

namespace medsafe::services::test {

inline const QString kStaffName = QStringLiteral("Birgitte Kjærsgaard");
inline const QString kOtherStaffName = QStringLiteral("Mogens Thorsager");
inline const QString kIncidentText = QStringLiteral("Dosisæsken til aftenen var tom ved runden");
inline const QString kKey = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");

// A content as ReportAnonymiser leaves it: suppressed counts, cycles without people, and a
// pharmacy section (agreement, a visit in the month, three open findings, questions).
// Its month is September 2021.
MonthlyReportContent sampleContent();

// The key pair the hand-built test packages are signed with, and a second, untrusted one.
const SigningKeyPair& senderKey();
const SigningKeyPair& otherKey();
// Makes resigned() sign packages whose signer.publicKey is `key`'s with `key` (e.g. a test
// database's own key pair, for packages exported from it).
void rememberSigner(const SigningKeyPair& key);

// The package JSON as an object, and back to bytes with a fresh signature and checksum, by the
// remembered key pair of its signer (senderKey() when it is none of them).
QJsonObject packageObject(const QByteArray& bytes);
QByteArray resigned(QJsonObject root);
// Back to bytes with a fresh checksum only — what anyone can do without the secret key.
QByteArray rechecksummed(QJsonObject root);
// Trusts the key that signed `package` in `db`, the way `medicinsikker-cli trust` does.
void trustSigner(storage::Database& db, const QByteArray& package);
void trustSigner(const QString& dbPath, const QByteArray& package);
// Edits the value at a dotted path ("content.report.selfScore", "content.measures.0.name") in
// a package and re-signs it. `edit` receives the value (undefined when missing) and returns
// the new value; an undefined result removes the key.
QByteArray edited(const QByteArray& bytes, const QString& path,
                  const std::function<QJsonValue(QJsonValue)>& edit);
QByteArray withValue(const QByteArray& bytes, const QString& path, const QJsonValue& value);
QByteArray withoutValue(const QByteArray& bytes, const QString& path);

inline std::unique_ptr<storage::Database> openFile(const QString& path) {
    auto db = storage::Database::open(path);
    INFO((db.ok() ? QString() : db.error().message).toStdString());
    REQUIRE(db.ok());
    return std::move(db).value();
}

inline QByteArray fileBytes(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// A botilbud's own database: programme from March 2021, typed values for one measure, two staff,
// a PDSA cycle with people and Do notes, incidents with texts, a report for `reportMonth`.
struct BotilbudFixture {
    static QDate reportMonth() { return QDate(2021, 9, 1); }
    static QDate today() { return QDate(2021, 10, 4); }
    domain::BotilbudId home;
    domain::Botilbud botilbud;

    // Writes the fixture into a new database file at `path`.
    explicit BotilbudFixture(storage::Database& db, bool withReport = true);
};

// Row counts of every table, to show a refused import wrote nothing.
QList<qint64> rowCounts(storage::Database& db);

} // namespace medsafe::services::test
