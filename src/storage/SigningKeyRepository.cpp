#include "storage/SigningKeyRepository.h"

#include "storage/Database.h"
#include "storage/RepositorySupport.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

namespace medsafe::storage {

namespace {

QString encode(const QByteArray& bytes) {
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray decode(const QString& text) {
    return QByteArray::fromBase64(text.toLatin1());
}

TrustedSigner readSigner(const Statement& s) {
    TrustedSigner signer;
    signer.botilbudKey = s.text(0);
    signer.partyName = s.text(1);
    signer.publicKey = decode(s.text(2));
    signer.fingerprint = s.text(3);
    signer.addedOn = s.date(4);
    return signer;
}

const QString kSignerColumns = QStringLiteral("botilbud_key, party_name, public_key, fingerprint, added_on");

} // namespace

SigningKeyRepository::SigningKeyRepository(Database& db) : m_db(db) {}

Result<std::optional<StoredKeyPair>> SigningKeyRepository::ownKeyPair() const {
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(
        QStringLiteral("SELECT public_key, secret_key, created_on FROM signing_key ORDER BY id LIMIT 1")));
    MEDSAFE_TRY(s.exec());
    if (!s.next()) return std::optional<StoredKeyPair>{};
    StoredKeyPair pair{decode(s.text(0)), decode(s.text(1)), s.date(2)};
    s.finish();
    return std::optional<StoredKeyPair>{pair};
}

Status SigningKeyRepository::putOwnKeyPair(const StoredKeyPair& pair) {
    if (pair.publicKey.isEmpty() || pair.secretKey.isEmpty())
        return Error::technical(QStringLiteral("signing key pair needs both keys"));
    Transaction tx(m_db);
    auto existing = ownKeyPair();
    if (!existing) return existing.error();
    if (*existing) return Error::technical(QStringLiteral("this database already has a signing key pair"));
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(QStringLiteral(
        "INSERT INTO signing_key (public_key, secret_key, created_on) VALUES (:pub, :sec, :created)")));
    s.bind(QStringLiteral(":pub"), encode(pair.publicKey));
    s.bind(QStringLiteral(":sec"), encode(pair.secretKey));
    s.bind(QStringLiteral(":created"), pair.createdOn.isValid() ? pair.createdOn : QDate::currentDate());
    MEDSAFE_TRY(s.exec());
    return tx.commit();
}

Result<std::optional<TrustedSigner>> SigningKeyRepository::trusted(const QString& botilbudKey) const {
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(
        QStringLiteral("SELECT %1 FROM trusted_signer WHERE botilbud_key = :key").arg(kSignerColumns)));
    s.bind(QStringLiteral(":key"), botilbudKey.toLower());
    MEDSAFE_TRY(s.exec());
    if (!s.next()) return std::optional<TrustedSigner>{};
    TrustedSigner signer = readSigner(s);
    s.finish();
    return std::optional<TrustedSigner>{signer};
}

Result<QList<TrustedSigner>> SigningKeyRepository::allTrusted() const {
    Statement s(m_db.connection());
    MEDSAFE_TRY(
        s.prepare(QStringLiteral("SELECT %1 FROM trusted_signer ORDER BY party_name, botilbud_key").arg(kSignerColumns)));
    MEDSAFE_TRY(s.exec());
    QList<TrustedSigner> signers;
    while (s.next())
        signers.append(readSigner(s));
    return signers;
}

Status SigningKeyRepository::putTrusted(const TrustedSigner& signer) {
    if (signer.botilbudKey.isEmpty() || signer.publicKey.isEmpty())
        return Error::technical(QStringLiteral("trusted signer needs a botilbud key and a public key"));
    Transaction tx(m_db);
    // Delete then insert: portable to PostgreSQL without an upsert dialect.
    Statement remove(m_db.connection());
    MEDSAFE_TRY(remove.prepare(QStringLiteral("DELETE FROM trusted_signer WHERE botilbud_key = :key")));
    remove.bind(QStringLiteral(":key"), signer.botilbudKey.toLower());
    MEDSAFE_TRY(remove.exec());
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(QStringLiteral("INSERT INTO trusted_signer (%1) VALUES (:key, :name, :pub, :fp, :added)")
                              .arg(kSignerColumns)));
    s.bind(QStringLiteral(":key"), signer.botilbudKey.toLower());
    s.bind(QStringLiteral(":name"), signer.partyName);
    s.bind(QStringLiteral(":pub"), encode(signer.publicKey));
    s.bind(QStringLiteral(":fp"), signer.fingerprint);
    s.bind(QStringLiteral(":added"), signer.addedOn.isValid() ? signer.addedOn : QDate::currentDate());
    MEDSAFE_TRY(s.exec());
    return tx.commit();
}

} // namespace medsafe::storage
