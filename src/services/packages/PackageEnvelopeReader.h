#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

namespace medsafe::services {

// A package's envelope, checked: right format and version, a known kind, an intact checksum,
// and no CPR-shaped number in any text. The content is left to the reader of its kind.
struct PackageEnvelope {
    QString kind;
    QDate createdOn;
    QString botilbudKey;
    QJsonObject botilbud; // the envelope's botilbud object (key, and for reports name etc.)
    QDate month;          // first day of the month
    QJsonObject content;
    QString sha256;
};

// First stage of reading any package: bytes → a checked envelope, or an Error whose
// userMessage (translated) says plainly why the file is refused. Stateless; any thread.
class PackageEnvelopeReader {
    Q_DECLARE_TR_FUNCTIONS(PackageEnvelopeReader)

public:
    static Result<PackageEnvelope> read(const QByteArray& bytes);
    // Whether `key` is a UUID written without braces, as package keys are.
    static bool isPackageKey(const QString& key);
};

} // namespace medsafe::services
