#include "services/packages/PackageTrust.h"

#include "services/packages/PackageEnvelopeReader.h"
#include "services/packages/PackageFormat.h"
#include "storage/BotilbudRepository.h"
#include "storage/Database.h"
#include "storage/SigningKeyRepository.h"

#include <QFile>

namespace medsafe::services {

using namespace medsafe::domain;

PackageTrust::PackageTrust(storage::Database& db, const QDate& today)
    : m_db(db), m_today(today.isValid() ? today : QDate::currentDate()) {}

Result<SigningKeyPair> PackageTrust::ownKeyPair() const {
    storage::SigningKeyRepository keys(m_db);
    auto stored = keys.ownKeyPair();
    if (!stored) return stored.error();
    if (*stored) return SigningKeyPair{(*stored)->publicKey, (*stored)->secretKey};
    // No guard of its own here: an inner guard left without commit would fail a caller's
    // transaction; putOwnKeyPair is one statement in its own (nested) guard.
    auto made = PackageSigning::generate();
    if (!made) return made.error();
    if (auto status = keys.putOwnKeyPair({made->publicKey, made->secretKey, m_today}); !status)
        return status.error();
    return *made;
}

Result<QString> PackageTrust::ownFingerprint() const {
    auto pair = ownKeyPair();
    if (!pair) return pair.error();
    return PackageSigning::fingerprint(pair->publicKey);
}

Result<QList<TrustedKey>> PackageTrust::trustedKeys() const {
    auto signers = storage::SigningKeyRepository(m_db).allTrusted();
    if (!signers) return signers.error();
    QList<TrustedKey> keys;
    for (const storage::TrustedSigner& signer : *signers)
        keys.append({signer.partyName, signer.fingerprint, signer.addedOn});
    return keys;
}

Result<TrustCandidate> PackageTrust::inspectFile(const QString& path) const {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::forUser(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()),
                              tr("The file %1 could not be read.").arg(path));
    }
    return inspect(file.read(PackageFormat::kMaxBytes + 1));
}

Result<TrustCandidate> PackageTrust::inspect(const QByteArray& bytes) const {
    auto envelope = PackageEnvelopeReader::read(bytes);
    if (!envelope) return envelope.error();
    TrustCandidate candidate;
    candidate.botilbudKey = envelope->botilbudKey.toLower();
    candidate.publicKey = envelope->signerPublicKey;
    candidate.fingerprint = envelope->signerFingerprint;
    candidate.feedback = envelope->kind == PackageFormat::feedbackKind();
    auto found = storage::BotilbudRepository(m_db).byPackageKey(envelope->botilbudKey);
    if (!found) return found.error();
    if (candidate.feedback) {
        if (!*found || (*found)->origin != BotilbudOrigin::Local) {
            return Error::forUser(QStringLiteral("feedback for botilbud key %1 not local here").arg(candidate.botilbudKey),
                                  tr("The feedback is for a botilbud that is not worked on in this database. "
                                     "Trust it in the database of the botilbud that sent the report."));
        }
        candidate.partyName = consultantOf((*found)->name);
    } else {
        if (*found && (*found)->origin == BotilbudOrigin::Local) {
            return Error::forUser(QStringLiteral("package of local botilbud %1").arg(candidate.botilbudKey),
                                  tr("The package comes from this database's own botilbud \"%1\"; there is "
                                     "nothing to trust here. Trust it in the consultant's database.")
                                      .arg((*found)->name));
        }
        candidate.partyName = envelope->botilbud.value(QStringLiteral("name")).toString();
    }
    auto trusted = storage::SigningKeyRepository(m_db).trusted(candidate.botilbudKey);
    if (!trusted) return trusted.error();
    if (*trusted) candidate.trustedFingerprint = (*trusted)->fingerprint;
    return candidate;
}

Status PackageTrust::trust(const TrustCandidate& candidate, bool replace) const {
    if (candidate.alreadyTrusted()) return success();
    if (!candidate.trustedFingerprint.isEmpty() && !replace) {
        return Error::forUser(
            QStringLiteral("another key is trusted for %1").arg(candidate.botilbudKey),
            tr("This database already trusts another key (fingerprint %1) for %2; the package is signed "
               "by %3. Nothing was changed. If the sender really has a new key (compare the fingerprint "
               "by phone), trust it again with --replace.")
                .arg(candidate.trustedFingerprint, candidate.partyName, candidate.fingerprint));
    }
    return storage::SigningKeyRepository(m_db).putTrusted(
        {candidate.botilbudKey, candidate.partyName, candidate.publicKey, candidate.fingerprint, m_today});
}

QString PackageTrust::consultantOf(const QString& botilbudName) {
    return tr("the PS! consultant of \"%1\"").arg(botilbudName);
}

Status PackageTrust::checkSigner(const PackageEnvelope& envelope, const QString& partyName) const {
    auto trusted = storage::SigningKeyRepository(m_db).trusted(envelope.botilbudKey);
    if (!trusted) return trusted.error();
    const bool feedback = envelope.kind == PackageFormat::feedbackKind();
    if (!*trusted) {
        return Error::forUser(
            QStringLiteral("package signer %1 is not trusted for %2").arg(envelope.signerFingerprint, envelope.botilbudKey),
            tr("The package is refused: it is signed by a key this database does not trust yet for %1 "
               "(fingerprint %2). Ask the sender to read you their fingerprint over the phone "
               "(medicinsikker-cli fingerprint --database THEIR-FILE); if it is the same, trust the key "
               "once with: medicinsikker-cli trust --database THIS-FILE --package PACKAGE, and import "
               "again.")
                .arg(partyName, envelope.signerFingerprint));
    }
    if ((*trusted)->publicKey != envelope.signerPublicKey) {
        return Error::forUser(
            QStringLiteral("package for %1 signed by %2, trusted key is %3")
                .arg(envelope.botilbudKey, envelope.signerFingerprint, (*trusted)->fingerprint),
            (feedback ? tr("The package is refused: it is signed by another key (fingerprint %1) than the one "
                           "you trust for %2 (fingerprint %3). Contact your PS! consultant.")
                      : tr("The package is refused: it is signed by another key (fingerprint %1) than the one "
                           "you trust for %2 (fingerprint %3). Contact the botilbud."))
                .arg(envelope.signerFingerprint, partyName, (*trusted)->fingerprint));
    }
    return success();
}

} // namespace medsafe::services
