#pragma once

#include "domain/Result.h"
#include "domain/spread/ChangePackage.h"
#include "services/packages/PackageEnvelopeReader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace medsafe::services {

struct SigningKeyPair;

// A change package read back: its content, the checksum that identifies the file and the
// envelope it came in (signer, version).
struct ReadChangePackage {
    domain::ChangePackage package;
    QString sha256;
    PackageEnvelope envelope;
};

// Writes and reads the "change" kind of data package (docs/package-format.md, "Change
// packages"): the envelope is the common one (format, version, checksum, Ed25519 signature);
// the envelope's botilbud is the origin (key, name, municipality) and its month the month of
// adoption. The reader checks every field and refuses the whole package with a translated
// message naming the JSON path: missing or mistyped fields, unknown codes, an empty title, no
// cycle decided "adopt", texts that name a resident or hold a CPR-shaped number. Stateless; any thread.
class ChangePackageFormat {
    Q_DECLARE_TR_FUNCTIONS(ChangePackageFormat)

public:
    static QJsonObject contentJson(const domain::ChangePackage& package);
    static QByteArray write(const domain::ChangePackage& package, const SigningKeyPair& key);

    static Result<ReadChangePackage> read(const QByteArray& bytes,
                                          SignaturePolicy policy = SignaturePolicy::Incoming);
    static Result<ReadChangePackage> fromEnvelope(const PackageEnvelope& envelope);

    // Limits of the texts a package may carry (a package is not a place for essays).
    static constexpr int kMaxTitle = 200;
    static constexpr int kMaxText = 4000;
    static constexpr int kMaxCycles = 200;
    static constexpr int kMaxMeasures = 50;
};

} // namespace medsafe::services
