#pragma once

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>

namespace medsafe::services {

struct SigningKeyPair;

// The fixed words and rules of Medicinsikker data packages (docs/package-format.md): the
// envelope's format name and version, the kinds, the size limit, the checksum and the signature.
// Stateless; any thread.
class PackageFormat {
public:
    // Version 2: signed (signer.publicKey, signature). Version 1 packages were unsigned and are
    // refused on import. Version 3: a monthly report carries the pharmacy's work
    // (content.pharmacy); raised so that an older consultant's Medicinsikker says "update"
    // instead of showing the report without the section. Version 2 packages are still read.
    static constexpr int kVersion = 3;
    static constexpr int kFirstSignedVersion = 2;
    static constexpr int kFirstPharmacyVersion = 3;
    // Far above any real month (a few hundred kB); refusing earlier keeps a wrong file (a
    // video, a backup) from being read into memory and parsed.
    static constexpr qint64 kMaxBytes = 20 * 1024 * 1024;

    static QString formatName() { return QStringLiteral("medicinsikker-package"); }
    static QString monthlyReportKind() { return QStringLiteral("monthly-report"); }
    static QString feedbackKind() { return QStringLiteral("feedback"); }
    // A change package (forandringspakke, issue 16): an adopted change idea for another botilbud.
    static QString changeKind() { return QStringLiteral("change"); }
    // The text that marks a suppressed count (1-4, or hidden by secondary suppression).
    static QString suppressedCount() { return QStringLiteral("<5"); }

    // The bytes the checksum and the signature cover: the whole package without its "sha256"
    // and "signature" fields, as compact JSON with keys in sorted order (QJsonObject keeps them
    // sorted), so the writer and any reader agree on the bytes whatever the file's layout.
    static QByteArray canonicalBytes(QJsonObject package);
    // Lower-case hex SHA-256 of canonicalBytes(): compact JSON with keys in sorted order (QJsonObject keeps them sorted), so the
    // writer and any reader agree on the bytes whatever the file's layout. It covers the
    // envelope too (botilbud key and name, month, kind, version), so a package cannot be
    // turned into another botilbud's or another month's without the check failing.
    static QString checksum(QJsonObject package);
    // `package` with signer.publicKey set to `key`'s public key, then its Ed25519 signature
    // and checksum over canonicalBytes().
    static QJsonObject sealed(QJsonObject package, const SigningKeyPair& key);
    // The envelope around `content`, signed with `key`, pretty-printed for people who open the file.
    static QByteArray envelope(const QString& kind, const QDate& createdOn, const QJsonObject& botilbud,
                               const QDate& month, const QJsonObject& content, const SigningKeyPair& key);

    static QString monthText(const QDate& month) { return month.toString(QStringLiteral("yyyy-MM")); }
};

} // namespace medsafe::services
