#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace medsafe::storage {

class Database;

// This database's own package-signing key pair (raw Ed25519 bytes; stored as base64).
struct StoredKeyPair {
    QByteArray publicKey;
    QByteArray secretKey;
    QDate createdOn;
};

// A public key this database trusts for the packages about one botilbud (by package key).
struct TrustedSigner {
    QString botilbudKey;
    QString partyName; // who it is, as shown when it was trusted (the botilbud, or "its consultant")
    QByteArray publicKey;
    QString fingerprint;
    QDate addedOn;
};

// Reads and writes tables signing_key and trusted_signer (migration 3). Knows nothing of
// cryptography: the keys are bytes here. Lives on the thread of its Database.
class SigningKeyRepository {
public:
    explicit SigningKeyRepository(Database& db);

    Result<std::optional<StoredKeyPair>> ownKeyPair() const;
    // Stores the key pair; refused when the database already has one (a key is never replaced
    // silently: everyone who trusts it would refuse the next package).
    Status putOwnKeyPair(const StoredKeyPair& pair);

    Result<std::optional<TrustedSigner>> trusted(const QString& botilbudKey) const;
    Result<QList<TrustedSigner>> allTrusted() const;
    // Stores the trusted key for `signer.botilbudKey`, replacing one already stored.
    Status putTrusted(const TrustedSigner& signer);

private:
    Database& m_db;
};

} // namespace medsafe::storage
