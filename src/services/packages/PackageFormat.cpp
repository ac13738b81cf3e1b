#include "services/packages/PackageFormat.h"

#include "services/crypto/PackageSigning.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace medsafe::services {

QByteArray PackageFormat::canonicalBytes(QJsonObject package) {
    package.remove(QStringLiteral("sha256"));
    package.remove(QStringLiteral("signature"));
    return QJsonDocument(package).toJson(QJsonDocument::Compact);
}

QString PackageFormat::checksum(QJsonObject package) {
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalBytes(std::move(package)), QCryptographicHash::Sha256).toHex());
}

QJsonObject PackageFormat::sealed(QJsonObject package, const SigningKeyPair& key) {
    QJsonObject signer = package.value(QStringLiteral("signer")).toObject();
    signer.insert(QStringLiteral("publicKey"), QString::fromLatin1(key.publicKey.toBase64()));
    package.insert(QStringLiteral("signer"), signer);
    const QByteArray canonical = canonicalBytes(package);
    package.insert(QStringLiteral("signature"),
                   QString::fromLatin1(PackageSigning::sign(canonical, key).toBase64()));
    package.insert(QStringLiteral("sha256"), checksum(package));
    return package;
}

QByteArray PackageFormat::envelope(const QString& kind, const QDate& createdOn, const QJsonObject& botilbud,
                                   const QDate& month, const QJsonObject& content, const SigningKeyPair& key) {
    QJsonObject root;
    root.insert(QStringLiteral("format"), formatName());
    root.insert(QStringLiteral("version"), kVersion);
    root.insert(QStringLiteral("kind"), kind);
    root.insert(QStringLiteral("createdOn"), createdOn.toString(Qt::ISODate));
    root.insert(QStringLiteral("botilbud"), botilbud);
    root.insert(QStringLiteral("month"), monthText(month));
    root.insert(QStringLiteral("content"), content);
    return QJsonDocument(sealed(root, key)).toJson(QJsonDocument::Indented);
}

} // namespace medsafe::services
