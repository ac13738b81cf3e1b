#include "services/packages/PackageEnvelopeReader.h"

#include "domain/CprDetector.h"
#include "services/crypto/PackageSigning.h"
#include "services/packages/PackageFormat.h"
#include "services/packages/PackageJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>

namespace medsafe::services {

namespace {

// Where a byte offset lies for a person reading the file in a text editor: 1-based line and
// column, the column counted in characters (UTF-8 continuation bytes do not count).
struct TextPosition {
    int line = 1;
    int column = 1;
};

TextPosition positionOf(const QByteArray& bytes, qsizetype offset) {
    TextPosition at;
    const qsizetype end = std::min(offset, bytes.size());
    for (qsizetype i = 0; i < end; ++i) {
        const auto b = static_cast<unsigned char>(bytes.at(i));
        if (b == '\n') {
            ++at.line;
            at.column = 1;
        } else if ((b & 0xC0) != 0x80) {
            ++at.column;
        }
    }
    return at;
}

// The path of the first text holding a CPR-shaped number, or an empty string. Keys and
// checksums are hex and may hold ten digits in a row by chance, so they are not texts here.
QString findCpr(const QJsonValue& value, const QString& path) {
    if (value.isString()) return domain::CprDetector::containsCpr(value.toString()) ? path : QString();
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString found = findCpr(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i));
            if (!found.isEmpty()) return found;
        }
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == QLatin1String("key") || it.key() == QLatin1String("sha256") ||
                it.key() == QLatin1String("spreadKey"))
                continue;
            const QString childPath = path.isEmpty() ? it.key() : path + u'.' + it.key();
            // The signature and the signer's key are base64, not text (only at their own place).
            if (childPath == QLatin1String("signature") || childPath == QLatin1String("signer.publicKey")) continue;
            const QString found = findCpr(it.value(), childPath);
            if (!found.isEmpty()) return found;
        }
    }
    return {};
}

// Exactly `size` bytes of strict base64, or empty.
QByteArray base64Of(const QJsonValue& value, qsizetype size) {
    if (!value.isString()) return {};
    auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != size) return {};
    return decoded.decoded;
}

} // namespace

bool PackageEnvelopeReader::isPackageKey(const QString& key) {
    static const QRegularExpression kUuid(
        QStringLiteral(R"(^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$)"));
    return kUuid.match(key).hasMatch();
}

Result<PackageEnvelope> PackageEnvelopeReader::read(const QByteArray& bytes, SignaturePolicy policy) {
    if (bytes.size() > PackageFormat::kMaxBytes) {
        return Error::forUser(QStringLiteral("package of %1 bytes is over the limit").arg(bytes.size()),
                              tr("The file is too large to be a Medicinsikker package (more than %1 MB).")
                                  .arg(PackageFormat::kMaxBytes / (1024 * 1024)));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const TextPosition at = positionOf(bytes, parseError.offset);
        return Error::forUser(QStringLiteral("package is not JSON: %1 at offset %2")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset),
                              tr("The file is not a Medicinsikker package: it is not JSON text (the problem is "
                                 "at line %1, column %2).")
                                  .arg(at.line)
                                  .arg(at.column));
    }
    if (!document.isObject()) {
        return Error::forUser(QStringLiteral("package is JSON but not an object"),
                              tr("The file is not a Medicinsikker package: it is not JSON text."));
    }
    PackageJson root = PackageJson::root(document.object());
    if (root.object().value(QStringLiteral("format")).toString() != PackageFormat::formatName()) {
        return Error::forUser(QStringLiteral("package format is not %1").arg(PackageFormat::formatName()),
                              tr("The file is not a Medicinsikker package (its \"format\" is not \"%1\").")
                                  .arg(PackageFormat::formatName()));
    }
    const int version = root.integer(QStringLiteral("version"), 1, 1'000'000);
    if (!root.ok()) return root.error();
    if (version > PackageFormat::kVersion) {
        return Error::forUser(
            QStringLiteral("package version %1 is newer than %2").arg(version).arg(PackageFormat::kVersion),
            tr("The package was made by a newer Medicinsikker (package version %1; this version reads "
               "version %2). Update Medicinsikker and import it again.")
                .arg(version)
                .arg(PackageFormat::kVersion));
    }
    if (version < PackageFormat::kFirstSignedVersion && policy == SignaturePolicy::Incoming) {
        return Error::forUser(
            QStringLiteral("package version %1 is unsigned").arg(version),
            tr("The package is refused: it is not signed (package version %1, made by an older "
               "Medicinsikker). Packages must now be signed so you can tell who made them. Ask the "
               "sender to update Medicinsikker and send the package again.")
                .arg(version));
    }
    PackageEnvelope envelope;
    envelope.version = version;
    envelope.kind = root.text(QStringLiteral("kind"));
    if (root.ok() && envelope.kind != PackageFormat::monthlyReportKind() &&
        envelope.kind != PackageFormat::feedbackKind() && envelope.kind != PackageFormat::changeKind()) {
        return Error::forUser(QStringLiteral("unknown package kind '%1'").arg(envelope.kind),
                              tr("The package holds something this version of Medicinsikker does not know "
                                 "(\"%1\").")
                                  .arg(envelope.kind));
    }
    envelope.content = root.child(QStringLiteral("content")).object();
    envelope.sha256 = root.text(QStringLiteral("sha256"));
    if (!root.ok()) return root.error();
    if (envelope.sha256.compare(PackageFormat::checksum(document.object()), Qt::CaseInsensitive) != 0) {
        return Error::forUser(QStringLiteral("package checksum does not match its content"),
                              tr("The package has been altered or damaged after it was made: its checksum "
                                 "does not match its content. Ask for the file to be sent again."));
    }
    envelope.sha256 = envelope.sha256.toLower();
    if (version >= PackageFormat::kFirstSignedVersion) {
        const QJsonObject object = document.object();
        envelope.signerPublicKey = base64Of(object.value(QStringLiteral("signer")).toObject().value(
                                                QStringLiteral("publicKey")),
                                            PackageSigning::kPublicKeyBytes);
        const QByteArray signature =
            base64Of(object.value(QStringLiteral("signature")), PackageSigning::kSignatureBytes);
        if (envelope.signerPublicKey.isEmpty() || signature.isEmpty()) {
            return Error::forUser(
                QStringLiteral("package has no valid signer.publicKey or signature"),
                tr("The package is refused: it is not signed (its signature or the sender's key is "
                   "missing or damaged). Ask for the file to be sent again."));
        }
        if (!PackageSigning::verify(PackageFormat::canonicalBytes(object), signature, envelope.signerPublicKey)) {
            return Error::forUser(
                QStringLiteral("package signature does not verify"),
                tr("The package is refused: its signature does not match its content, so it was "
                   "changed after it was signed. Ask for the file to be sent again."));
        }
        envelope.signerFingerprint = PackageSigning::fingerprint(envelope.signerPublicKey);
    }
    envelope.createdOn = root.date(QStringLiteral("createdOn"));
    envelope.month = root.month(QStringLiteral("month"));
    PackageJson botilbud = root.child(QStringLiteral("botilbud"));
    envelope.botilbud = botilbud.object();
    envelope.botilbudKey = botilbud.text(QStringLiteral("key"));
    if (root.ok() && !isPackageKey(envelope.botilbudKey))
        root.failType(botilbud.pathOf(QStringLiteral("key")), tr("a botilbud key (a UUID)"));
    if (!root.ok()) return root.error();

    const QString cprPath = findCpr(document.object(), {});
    if (!cprPath.isEmpty()) {
        return Error::forUser(
            QStringLiteral("package text %1 holds a CPR-shaped number").arg(cprPath),
            tr("The package is refused: the text in %1 looks like a CPR number. CPR numbers "
               "must never leave the botilbud.")
                .arg(cprPath));
    }
    return envelope;
}

} // namespace medsafe::services
