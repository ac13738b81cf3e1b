#include "services/incidents/CsvWriter.h"

namespace medsafe::services {

namespace {

QString quoted(const QString& field, QChar separator) {
    const bool needsQuotes = field.contains(separator) || field.contains(u'"') || field.contains(u'\n') ||
                             field.contains(u'\r') ||
                             (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needsQuotes) return field;
    QString escaped = field;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

} // namespace

QByteArray CsvWriter::write(const QList<QStringList>& records, const CsvDialect& dialect) {
    QString text;
    for (const QStringList& record : records) {
        QStringList cells;
        cells.reserve(record.size());
        for (const QString& field : record)
            cells.append(quoted(field, dialect.separator));
        text += cells.join(dialect.separator);
        text += QStringLiteral("\r\n");
    }
    QByteArray bytes = dialect.bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    bytes += text.toUtf8();
    return bytes;
}

} // namespace medsafe::services
