#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

namespace medsafe::services {

// A package's envelope, checked: right format and version, a known kind, an intact checksum,
// a valid Ed25519 signature by the key it names, and no CPR-shaped number in any text. Whether
// that key is one the reader trusts is the importer's question (PackageTrust). The content is
// left to the reader of its kind.
struct PackageEnvelope {
    int version = 0;
    QString kind;
    QDate createdOn;
    QString botilbudKey;
    QJsonObject botilbud; // the envelope's botilbud object (key, and for reports name etc.)
    QDate month;          // first day of the month
    QJsonObject content;
    QString sha256;
    QByteArray signerPublicKey; // raw Ed25519 public key the signature was verified with (empty
                                // only for an unsigned package read as StoredCopy)
    QString signerFingerprint;  // PackageSigning::fingerprint of it
};

// Whether a package must be signed. Every file that arrives is read as Incoming; StoredCopy is
// only for the packages a database already accepted and keeps (received_package), which may
// predate signing (version 1) and are re-read to show a report.
enum class SignaturePolicy { Incoming, StoredCopy };

// First stage of reading any package: bytes → a checked envelope, or an Error whose
// userMessage (translated) says plainly why the file is refused. Stateless; any thread.
class PackageEnvelopeReader {
    Q_DECLARE_TR_FUNCTIONS(PackageEnvelopeReader)

public:
    static Result<PackageEnvelope> read(const QByteArray& bytes,
                                        SignaturePolicy policy = SignaturePolicy::Incoming);
    // Whether `key` is a UUID written without braces, as package keys are.
    static bool isPackageKey(const QString& key);
};

} // namespace medsafe::services
