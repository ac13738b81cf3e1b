#pragma once

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>

namespace medsafe::services {

// The fixed words and rules of Medicinsikker data packages (docs/package-format.md): the
// envelope's format name and version, the kinds, the size limit, and the content checksum.
// Stateless; any thread.
class PackageFormat {
public:
    static constexpr int kVersion = 1;
    // Far above any real month (a few hundred kB); refusing earlier keeps a wrong file (a
    // video, a backup) from being read into memory and parsed.
    static constexpr qint64 kMaxBytes = 20 * 1024 * 1024;

    static QString formatName() { return QStringLiteral("medicinsikker-package"); }
    static QString monthlyReportKind() { return QStringLiteral("monthly-report"); }
    static QString feedbackKind() { return QStringLiteral("feedback"); }
    // The text that marks a suppressed count (1-4, or hidden by secondary suppression).
    static QString suppressedCount() { return QStringLiteral("<5"); }

    // Lower-case hex SHA-256 of the whole package's canonical form, without its own "sha256"
    // field: compact JSON with keys in sorted order (QJsonObject keeps them sorted), so the
    // writer and any reader agree on the bytes whatever the file's layout. It covers the
    // envelope too (botilbud key and name, month, kind, version), so a package cannot be
    // turned into another botilbud's or another month's without the check failing.
    static QString checksum(QJsonObject package);
    // The envelope around `content`, pretty-printed for people who open the file.
    static QByteArray envelope(const QString& kind, const QDate& createdOn, const QJsonObject& botilbud,
                               const QDate& month, const QJsonObject& content);

    static QString monthText(const QDate& month) { return month.toString(QStringLiteral("yyyy-MM")); }
};

} // namespace medsafe::services
