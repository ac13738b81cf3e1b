#include "services/packages/PackageFormat.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace medsafe::services {

QString PackageFormat::checksum(QJsonObject package) {
    package.remove(QStringLiteral("sha256"));
    const QByteArray canonical = QJsonDocument(package).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

QByteArray PackageFormat::envelope(const QString& kind, const QDate& createdOn, const QJsonObject& botilbud,
                                   const QDate& month, const QJsonObject& content) {
    QJsonObject root;
    root.insert(QStringLiteral("format"), formatName());
    root.insert(QStringLiteral("version"), kVersion);
    root.insert(QStringLiteral("kind"), kind);
    root.insert(QStringLiteral("createdOn"), createdOn.toString(Qt::ISODate));
    root.insert(QStringLiteral("botilbud"), botilbud);
    root.insert(QStringLiteral("month"), monthText(month));
    root.insert(QStringLiteral("content"), content);
    root.insert(QStringLiteral("sha256"), checksum(root));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace medsafe::services
