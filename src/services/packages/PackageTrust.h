#pragma once

#include "domain/Result.h"
#include "services/crypto/PackageSigning.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace medsafe::storage {
class Database;
}

namespace medsafe::services {

struct PackageEnvelope;

// Who signed a package, as the `trust` step shows it before storing the key.
struct TrustCandidate {
    QString botilbudKey;
    QString partyName;   // the botilbud (a report), or the consultant of the botilbud (feedback)
    bool feedback = false;
    QByteArray publicKey;
    QString fingerprint;
    QString trustedFingerprint; // the key trusted for this botilbud now, or empty
    bool alreadyTrusted() const { return !trustedFingerprint.isEmpty() && trustedFingerprint == fingerprint; }
};

// A key this database trusts, as `fingerprint` lists it.
struct TrustedKey {
    QString partyName;
    QString fingerprint;
    QDate addedOn;
};

// Package keys of one database (docs/package-format.md, "Signature and trust"):
//  - its own Ed25519 key pair, made the first time it is needed and kept in the database;
//  - the public keys it trusts: per botilbud package key, the key of the party that sends
//    packages about that botilbud here (the botilbud itself in a consultant's database, its
//    consultant in the botilbud's own database). A key is trusted only by an explicit step
//    (`medicinsikker-cli trust`), after the fingerprint was compared by phone; never on first
//    sight. The importer asks checkSigner() before it writes anything.
// Borrows the database; its thread.
class PackageTrust {
    Q_DECLARE_TR_FUNCTIONS(PackageTrust)

public:
    explicit PackageTrust(storage::Database& db, const QDate& today = {});

    // This database's key pair; made and stored (in the caller's transaction, if any) when there is none.
    Result<SigningKeyPair> ownKeyPair() const;
    Result<QString> ownFingerprint() const;
    Result<QList<TrustedKey>> trustedKeys() const;

    // Reads the package (signature checked) and says who signed it and what is trusted now.
    Result<TrustCandidate> inspect(const QByteArray& bytes) const;
    Result<TrustCandidate> inspectFile(const QString& path) const;
    // Trusts the candidate's key for its botilbud. A different key already trusted is replaced
    // only with `replace` (a botilbud that moved to a new database); otherwise refused.
    Status trust(const TrustCandidate& candidate, bool replace = false) const;

    // Success when the envelope's signer is the key trusted for its botilbud; otherwise a
    // refusal that says what to do. `partyName` names the sender in the message.
    Status checkSigner(const PackageEnvelope& envelope, const QString& partyName) const;
    // "the PS! consultant of <botilbud>": who signs the feedback a botilbud receives.
    static QString consultantOf(const QString& botilbudName);

private:
    storage::Database& m_db;
    QDate m_today;
};

} // namespace medsafe::services
