#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QStringList>

namespace medsafe::services {

// How a CSV file is written: Danish Excel's dialect (UTF-8 with BOM, ';') by default, or plain
// comma CSV for other programs.
struct CsvDialect {
    QChar separator = u';';
    bool bom = true;

    static CsvDialect danishExcel() { return {}; }
    static CsvDialect plainComma() { return {QChar(u','), false}; }
};

// Writes records as CSV with CRLF line ends (what Excel writes), quoting only fields that need
// it (separator, quote, line break, or spaces at either end). Stateless; any thread.
class CsvWriter {
public:
    static QByteArray write(const QList<QStringList>& records, const CsvDialect& dialect);
};

} // namespace medsafe::services
