// Signed packages (issue 12 item 3): a package is refused when it is unsigned (version 1), when
// its text was changed after signing (even with a recomputed checksum), when it holds a
// disguised CPR number in any text (even properly signed), and when its signer is not the key
// this database trusts for the botilbud.
#include "../../common/ScratchDatabase.h"
#include "PackageTestSupport.h"
#include "services/packages/FeedbackPackageWriter.h"
#include "services/packages/PackageImporter.h"
#include "services/packages/PackageTrust.h"
#include "services/packages/ReportPackageReader.h"
#include "services/packages/ReportPackageWriter.h"
#include "storage/SigningKeyRepository.h"

#include <QRegularExpression>

using namespace medsafe;
using namespace medsafe::services;
using namespace medsafe::services::test;
using namespace medsafe::domain;

namespace {

std::unique_ptr<storage::Database> consultantDb() {
    auto db = testing::openScratchDatabase();
    REQUIRE(db.ok());
    return std::move(db).value();
}

void requireImportRefused(storage::Database& db, const QByteArray& bytes, const QString& expected) {
    const QList<qint64> before = rowCounts(db);
    auto outcome = PackageImporter(db, BotilbudFixture::today()).importBytes(bytes);
    REQUIRE_FALSE(outcome.ok());
    INFO("message: " << outcome.error().userMessage.toStdString());
    CHECK(outcome.error().userMessage.contains(expected));
    CHECK(rowCounts(db) == before);
}

QJsonObject withText(QJsonObject root, const QString& field, const QString& text) {
    QJsonObject content = root.value(QStringLiteral("content")).toObject();
    QJsonObject report = content.value(QStringLiteral("report")).toObject();
    report.insert(field, text);
    content.insert(QStringLiteral("report"), report);
    root.insert(QStringLiteral("content"), content);
    return root;
}

// The package as a version-1 (unsigned) Medicinsikker wrote it.
QByteArray versionOne(const QByteArray& signedPackage) {
    QJsonObject root = packageObject(signedPackage);
    root.remove(QStringLiteral("signer"));
    root.remove(QStringLiteral("signature"));
    root.insert(QStringLiteral("version"), 1);
    return rechecksummed(root);
}

} // namespace

TEST_CASE("A package with '010203 1234' in a text is refused", "[package][signature][privacy]") {
    const QByteArray good = ReportPackageWriter::write(sampleContent(), senderKey());
    auto db = consultantDb();
    trustSigner(*db, good);

    SECTION("re-checksummed by hand: the signature no longer matches") {
        const QByteArray crafted =
            rechecksummed(withText(packageObject(good), QStringLiteral("wentWell"), QStringLiteral("Ring 010203 1234")));
        auto read = ReportPackageReader::read(crafted);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().userMessage.contains(QStringLiteral("changed after it was signed")));
        requireImportRefused(*db, crafted, QStringLiteral("changed after it was signed"));
    }
    SECTION("signed by the trusted sender itself: the text guard names the field") {
        for (const QString& cpr : {QStringLiteral("Ring 010203 1234"), QStringLiteral("cpr 01.02.03-1234"),
                                   QStringLiteral("01/02/03 1234 i går"), QStringLiteral("0102031234")}) {
            INFO(cpr.toStdString());
            const QByteArray crafted = resigned(withText(packageObject(good), QStringLiteral("wentWell"), cpr));
            auto read = ReportPackageReader::read(crafted);
            REQUIRE_FALSE(read.ok());
            CHECK(read.error().userMessage.contains(QStringLiteral("content.report.wentWell")));
            CHECK(read.error().userMessage.contains(QStringLiteral("CPR")));
            requireImportRefused(*db, crafted, QStringLiteral("content.report.wentWell"));
        }
        // In a PDSA text or a measure name, too: every text of the package is guarded.
        requireImportRefused(*db, withValue(good, QStringLiteral("content.pdsaCycles.0.studyLearning"),
                                            QStringLiteral("Beboer 010203 1234 fik dobbelt dosis")),
                             QStringLiteral("content.pdsaCycles[0].studyLearning"));
        requireImportRefused(*db, withValue(good, QStringLiteral("content.measures.0.name"),
                                            QStringLiteral("Fejl hos 010203 1234")),
                             QStringLiteral("content.measures[0].name"));
        // A field only the signature may use elsewhere is still text inside the content.
        requireImportRefused(*db, withValue(good, QStringLiteral("content.publicKey"), QStringLiteral("010203 1234")),
                             QStringLiteral("content.publicKey"));
    }
    // A phone number is not a CPR number: the same sender's package with one is imported.
    const QByteArray phone =
        resigned(withText(packageObject(good), QStringLiteral("wentWell"), QStringLiteral("Ring 12 34 56 78")));
    CHECK(PackageImporter(*db, BotilbudFixture::today()).importBytes(phone).ok());
}

TEST_CASE("An unsigned (version 1) package is refused", "[package][signature]") {
    const QByteArray good = ReportPackageWriter::write(sampleContent(), senderKey());
    const QByteArray old = versionOne(good);
    auto read = ReportPackageReader::read(old);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().userMessage.contains(QStringLiteral("not signed")));
    CHECK(read.error().userMessage.contains(QStringLiteral("must now be signed")));
    auto db = consultantDb();
    trustSigner(*db, good);
    requireImportRefused(*db, old, QStringLiteral("must now be signed"));

    // A version-2 package whose signature or key was taken out is refused too.
    QJsonObject stripped = packageObject(good);
    stripped.remove(QStringLiteral("signature"));
    requireImportRefused(*db, rechecksummed(stripped), QStringLiteral("not signed"));
    stripped = packageObject(good);
    stripped.remove(QStringLiteral("signer"));
    requireImportRefused(*db, rechecksummed(stripped), QStringLiteral("not signed"));

    // A version-1 package a database accepted before signing existed is still shown.
    CHECK(ReportPackageReader::read(old, SignaturePolicy::StoredCopy).ok());
}

TEST_CASE("A package changed after signing is refused even with a recomputed checksum", "[package][signature]") {
    const QByteArray good = ReportPackageWriter::write(sampleContent(), senderKey());
    for (const QString& path : {QStringLiteral("content.report.planNextMonth"), QStringLiteral("botilbud.name"),
                                QStringLiteral("month"), QStringLiteral("createdOn")}) {
        INFO(path.toStdString());
        QJsonObject root = packageObject(withValue(good, path, QStringLiteral("2021-08")));
        // Put the original signature back: what someone without the secret key can do.
        root.insert(QStringLiteral("signature"), packageObject(good).value(QStringLiteral("signature")));
        auto read = ReportPackageReader::read(rechecksummed(root));
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().userMessage.contains(QStringLiteral("changed after it was signed")));
    }
    // Replacing the signer's key with one's own key and signature is possible — and is what
    // the trust check is for (next test).
}

TEST_CASE("A package signed by an untrusted key is refused until it is trusted", "[package][signature][trust]") {
    const QByteArray good = ReportPackageWriter::write(sampleContent(), senderKey());
    auto db = consultantDb();
    const PackageTrust trust(*db, BotilbudFixture::today());

    requireImportRefused(*db, good, QStringLiteral("does not trust yet"));
    requireImportRefused(*db, good, PackageSigning::fingerprint(senderKey().publicKey));
    requireImportRefused(*db, good, QStringLiteral("medicinsikker-cli trust"));

    auto candidate = trust.inspect(good);
    REQUIRE(candidate.ok());
    CHECK(candidate->partyName == QStringLiteral("Bostedet Lærkehøj"));
    CHECK(candidate->fingerprint == PackageSigning::fingerprint(senderKey().publicKey));
    CHECK(QRegularExpression(QStringLiteral("^[0-9A-F]{4}(-[0-9A-F]{4}){3}$")).match(candidate->fingerprint).hasMatch());
    CHECK_FALSE(candidate->alreadyTrusted());
    REQUIRE(trust.trust(*candidate).ok());
    REQUIRE(PackageImporter(*db, BotilbudFixture::today()).importBytes(good).ok());

    // Someone else signs a package for the same botilbud with their own key: refused.
    QJsonObject forged = withText(packageObject(good), QStringLiteral("wentWell"), QStringLiteral("Alt er fint"));
    const QByteArray forgedBytes = QJsonDocument(PackageFormat::sealed(forged, otherKey())).toJson();
    REQUIRE(ReportPackageReader::read(forgedBytes).ok()); // a valid signature, by the wrong key
    requireImportRefused(*db, forgedBytes, QStringLiteral("signed by another key"));
    requireImportRefused(*db, forgedBytes, QStringLiteral("Contact the botilbud"));

    // Trusting the other key needs --replace; without it nothing changes.
    auto other = trust.inspect(forgedBytes);
    REQUIRE(other.ok());
    CHECK(other->trustedFingerprint == candidate->fingerprint);
    auto refused = trust.trust(*other);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().userMessage.contains(QStringLiteral("--replace")));
    CHECK(storage::SigningKeyRepository(*db).trusted(kKey).value()->publicKey == senderKey().publicKey);
    REQUIRE(trust.trust(*other, true).ok());
    CHECK(PackageImporter(*db, BotilbudFixture::today()).importBytes(forgedBytes).ok());
}

TEST_CASE("A database's own key pair is made once and kept", "[package][signature]") {
    auto db = consultantDb();
    const PackageTrust trust(*db);
    CHECK_FALSE(storage::SigningKeyRepository(*db).ownKeyPair().value().has_value());
    auto first = trust.ownKeyPair();
    REQUIRE(first.ok());
    CHECK(first->publicKey.size() == PackageSigning::kPublicKeyBytes);
    auto again = trust.ownKeyPair();
    REQUIRE(again.ok());
    CHECK(again->publicKey == first->publicKey);
    CHECK(trust.ownFingerprint().value() == PackageSigning::fingerprint(first->publicKey));
    const QByteArray message("medicinsikker");
    const QByteArray signature = PackageSigning::sign(message, *first);
    CHECK(PackageSigning::verify(message, signature, first->publicKey));
    CHECK_FALSE(PackageSigning::verify(QByteArray("medicinsikkeR"), signature, first->publicKey));
    CHECK_FALSE(PackageSigning::verify(message, signature, senderKey().publicKey));
}
