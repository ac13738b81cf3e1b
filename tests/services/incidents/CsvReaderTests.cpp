#include "services/incidents/CsvReader.h"
#include "services/incidents/CsvWriter.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>

using namespace medsafe::services;

TEST_CASE("Danish Excel CSV: BOM, semicolons, CRLF, quoted fields", "[csv]") {
    const QByteArray bytes = "\xEF\xBB\xBF"
                             "Dato;Beskrivelse;Procestrin\r\n"
                             "2024-01-02;\"Glemt; dosis \"\"morgen\"\"\r\nanden linje\";Dispensering\r\n"
                             "\r\n"
                             "2024-01-03;Kort;Andet\r\n";
    const CsvTable t = CsvReader::read(bytes);
    REQUIRE(t.ok());
    CHECK(t.hadBom);
    CHECK(t.separator == u';');
    CHECK(t.header.fields == QStringList{"Dato", "Beskrivelse", "Procestrin"});
    REQUIRE(t.records.size() == 2);
    CHECK(t.records[0].line == 2);
    CHECK(t.records[0].fields[1] == QStringLiteral("Glemt; dosis \"morgen\"\nanden linje"));
    CHECK(t.records[1].line == 5); // the quoted line break and the blank line are counted
    CHECK(t.records[1].fields == QStringList{"2024-01-03", "Kort", "Andet"});
}

TEST_CASE("Plain comma CSV with LF and a comma inside quotes", "[csv]") {
    const CsvTable t = CsvReader::read("a,b\n1,\"x, y\"\n2,z");
    REQUIRE(t.ok());
    CHECK(t.separator == u',');
    CHECK_FALSE(t.hadBom);
    REQUIRE(t.records.size() == 2);
    CHECK(t.records[0].fields == QStringList{"1", "x, y"});
    CHECK(t.records[1].fields == QStringList{"2", "z"});
}

TEST_CASE("Windows-1252 bytes are read as Latin-1", "[csv]") {
    const CsvTable t = CsvReader::read("Navn;By\n\xE6\xF8\xE5;\xC6r\xF8");
    REQUIRE(t.ok());
    CHECK_FALSE(t.decodedAsUtf8);
    CHECK(t.records[0].fields[0] == QStringLiteral("æøå"));
}

TEST_CASE("An unclosed quote is an error with its line", "[csv]") {
    const CsvTable t = CsvReader::read("a;b\n1;2\n3;\"open\n4;5\n");
    CHECK_FALSE(t.ok());
    CHECK(t.errorLine == 3);
}

TEST_CASE("An empty file has no header", "[csv]") {
    CHECK_FALSE(CsvReader::read("").ok());
    CHECK_FALSE(CsvReader::read("\r\n\r\n").ok());
}

TEST_CASE("Writer output reads back field for field in both dialects", "[csv]") {
    const QList<QStringList> records{{"Dato", "Beskrivelse"},
                                     {"2024-01-02", "semi;colon, comma \"quote\"\nline"},
                                     {"2024-01-03", " spaces "},
                                     {"2024-01-04", ""}};
    for (const CsvDialect& dialect : {CsvDialect::danishExcel(), CsvDialect::plainComma()}) {
        const QByteArray bytes = CsvWriter::write(records, dialect);
        CHECK(bytes.startsWith("\xEF\xBB\xBF") == dialect.bom);
        const CsvTable t = CsvReader::read(bytes);
        REQUIRE(t.ok());
        CHECK(t.separator == dialect.separator);
        CHECK(t.header.fields == records[0]);
        REQUIRE(t.records.size() == 3);
        for (int i = 0; i < 3; ++i)
            CHECK(t.records[i].fields == records[i + 1]);
    }
}

TEST_CASE("Random bytes never crash the reader", "[csv][fuzz]") {
    QRandomGenerator rng(20240611);
    const QByteArray alphabet("\"\";;,,\r\n\n ab\xEF\xBB\xBF\xC3\xA6\x00\xFF", 20);
    int readable = 0;
    for (int round = 0; round < 20000; ++round) {
        const int size = int(rng.bounded(200));
        QByteArray bytes(size, '\0');
        const bool structured = round % 2 == 0; // half CSV-like bytes, half any bytes
        for (int k = 0; k < size; ++k)
            bytes[k] = structured ? alphabet[int(rng.bounded(alphabet.size()))] : char(rng.bounded(256));
        const CsvTable t = CsvReader::read(bytes);
        if (t.ok()) {
            ++readable;
            CHECK(t.header.line >= 1);
            for (const CsvRecord& r : t.records)
                REQUIRE(r.line >= t.header.line);
        } else {
            REQUIRE_FALSE(t.error.isEmpty());
        }
    }
    CHECK(readable > 0);
}
