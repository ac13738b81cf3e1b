#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace medsafe::services {

// One record of a CSV file and the physical line it starts on (1-based), so row errors can
// name the line a person sees in a text editor.
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

struct CsvTable {
    QChar separator = u';';
    bool hadBom = false;
    bool decodedAsUtf8 = true; // false: the bytes were not UTF-8 and were read as Windows-1252/Latin-1
    CsvRecord header;
    QList<CsvRecord> records;
    // Empty when the file could be read; otherwise the reason (translated) and where: the
    // physical line and the field within it (1-based; 0 when the reason is not at one place).
    QString error;
    int errorLine = 0;
    int errorField = 0;
    bool ok() const { return error.isEmpty(); }
};

// Reads CSV as Danish Excel writes it (UTF-8 with BOM, semicolons) and as everyone else does
// (plain UTF-8, commas): the separator is whichever of ';' and ',' the header line uses more,
// quoted fields may hold separators, line breaks and doubled quotes, line ends may be CRLF, LF
// or CR. Blank lines are skipped. It never throws or crashes on any input (fuzz-tested), and
// caps the size it accepts. Stateless; any thread.
class CsvReader {
public:
    static constexpr qsizetype kMaxBytes = 64 * 1024 * 1024;

    static CsvTable read(const QByteArray& bytes);
};

} // namespace medsafe::services
