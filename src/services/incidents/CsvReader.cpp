#include "services/incidents/CsvReader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace medsafe::services {

namespace {

QString decode(const QByteArray& bytes, CsvTable& table) {
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF")) {
        table.hadBom = true;
        view = view.sliced(3);
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(view);
    if (!utf8.hasError()) return text;
    // Older Danish Excel saves "CSV (semikolonsepareret)" in Windows-1252; Latin-1 covers æøå.
    table.decodedAsUtf8 = false;
    return QString::fromLatin1(view.data(), view.size());
}

// The separator the header line uses more often outside quotes; ';' on a tie, as Danish Excel.
QChar detectSeparator(const QString& text) {
    int semicolons = 0;
    int commas = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'"') quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r')) break;
        else if (!quoted && c == u';') ++semicolons;
        else if (!quoted && c == u',') ++commas;
    }
    return commas > semicolons ? QChar(u',') : QChar(u';');
}

bool isBlank(const QStringList& fields) {
    for (const QString& f : fields) {
        if (!f.trimmed().isEmpty()) return false;
    }
    return true;
}

} // namespace

CsvTable CsvReader::read(const QByteArray& bytes) {
    CsvTable table;
    if (bytes.size() > kMaxBytes) {
        table.error = QCoreApplication::translate("CsvReader", "the file is larger than %1 MB")
                          .arg(kMaxBytes / (1024 * 1024));
        return table;
    }
    const QString text = decode(bytes, table);
    table.separator = detectSeparator(text);
    const QChar sep = table.separator;

    QList<CsvRecord> records;
    CsvRecord current{1, {}};
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    int line = 1;
    int quoteStartLine = 0;
    int quoteStartField = 0;
    auto endRecord = [&](int nextLine) {
        current.fields.append(field);
        field.clear();
        fieldWasQuoted = false;
        if (!isBlank(current.fields)) records.append(current);
        current = CsvRecord{nextLine, {}};
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n' || (c == u'\r' && !(i + 1 < n && text.at(i + 1) == u'\n'))) ++line;
                // A CRLF inside a quoted field becomes one line break.
                if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n') continue;
                field.append(c == u'\r' ? QChar(u'\n') : c);
            }
            continue;
        }
        if (c == u'"' && field.isEmpty() && !fieldWasQuoted) {
            quoted = true;
            fieldWasQuoted = true;
            quoteStartLine = line;
            quoteStartField = int(current.fields.size()) + 1;
        } else if (c == sep) {
            current.fields.append(field);
            field.clear();
            fieldWasQuoted = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n') ++i;
            ++line;
            endRecord(line);
        } else {
            // Text after a closing quote ("ab"c) is kept as Excel does.
            field.append(c);
        }
    }
    if (quoted) {
        table.error = QCoreApplication::translate("CsvReader", "the quotation mark that opens this field is never "
                                                               "closed (add the closing \" or remove it)");
        table.errorLine = quoteStartLine;
        table.errorField = quoteStartField;
        return table;
    }
    if (!field.isEmpty() || !current.fields.isEmpty()) endRecord(line);

    if (records.isEmpty()) {
        table.error = QCoreApplication::translate("CsvReader", "the file has no header line (it is empty)");
        table.errorLine = 1;
        return table;
    }
    table.header = records.takeFirst();
    table.records = std::move(records);
    return table;
}

} // namespace medsafe::services
