#include "services/incidents/IncidentNaturalKey.h"

#include <QCryptographicHash>

namespace medsafe::services {

using namespace medsafe::domain;

QByteArray IncidentNaturalKey::of(const Incident& incident) {
    QString description = incident.description;
    description.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QByteArray hash =
        QCryptographicHash::hash(description.trimmed().toUtf8(), QCryptographicHash::Sha256).toHex();
    const QString time =
        incident.occurredTime.isValid() ? incident.occurredTime.toString(QStringLiteral("HH:mm")) : QString();
    return QStringLiteral("%1|%2|%3|%4|")
               .arg(incident.occurredDate.toString(Qt::ISODate), time, toCode(incident.stage),
                    toCode(incident.errorType))
               .toUtf8() +
           hash;
}

} // namespace medsafe::services
