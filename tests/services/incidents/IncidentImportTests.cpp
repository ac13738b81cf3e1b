#include "../../common/ScratchDatabase.h"
#include "services/incidents/IncidentCsvFormat.h"
#include "services/incidents/IncidentExport.h"
#include "services/incidents/IncidentImport.h"
#include "services/incidents/IncidentNaturalKey.h"
#include "storage/BotilbudRepository.h"
#include "storage/Database.h"
#include "storage/IncidentRepository.h"

#include <catch2/catch.hpp>

using namespace medsafe;
using namespace medsafe::domain;
using namespace medsafe::services;

namespace {

const QDate kToday(2024, 6, 1);

struct Fixture {
    std::unique_ptr<storage::Database> db;
    BotilbudId home;
    Fixture() {
        auto opened = testing::openScratchDatabase();
        REQUIRE(opened);
        db = std::move(*opened);
        Botilbud b;
        b.name = QStringLiteral("Solhaven");
        b.municipality = QStringLiteral("Aarhus");
        b.residentCount = 12;
        b.createdDate = QDate(2023, 1, 1);
        auto id = storage::BotilbudRepository(*db).add(b);
        REQUIRE(id);
        home = *id;
    }
    qint64 count() { return *storage::IncidentRepository(*db).count(home); }
};

Incident sample(BotilbudId home, int day, const QString& text) {
    Incident i;
    i.botilbudId = home;
    i.occurredDate = QDate(2024, 3, day);
    i.occurredTime = QTime(8, 15);
    i.reportedDate = QDate(2024, 3, day);
    i.stage = ProcessStage::Dispensing;
    i.errorType = ErrorType::WrongDose;
    i.actualConsequence = ActualConsequence::Mild;
    i.possibleConsequence = PossibleConsequence::SevereOrFatal;
    i.reachedCitizen = true;
    i.requiredDoctorContact = day % 2 == 0;
    i.nccMerp = NccMerpCategory::E;
    i.description = text;
    i.immediateAction = QStringLiteral("Læge kontaktet; borger observeret.");
    i.learning = QStringLiteral("Dobbeltkontrol ved \"ændrede\" doser.");
    i.status = IncidentStatus::Analysed;
    i.reporterId = std::nullopt;
    return i;
}

const QByteArray kHeader = "\xEF\xBB\xBF"
                           "Dato;Tidspunkt;Procestrin;Problemtype;Faktisk konsekvens;Mulig konsekvens;"
                           "Nåede borgeren;Krævede lægekontakt;Beskrivelse;Status\r\n";

} // namespace

TEST_CASE("Export then import reproduces every field and adds nothing the second time", "[import]") {
    Fixture source;
    QList<Incident> originals{sample(source.home, 3, QStringLiteral("Forkert dosis; to linjer\nanden linje")),
                              sample(source.home, 4, QStringLiteral("Plaster, \"gammelt\", ikke fjernet"))};
    originals[1].occurredTime = QTime();
    originals[1].nccMerp = std::nullopt;
    originals[1].status = IncidentStatus::New;
    REQUIRE(storage::IncidentRepository(*source.db).addMany(originals));

    for (const CsvDialect& dialect : {CsvDialect::danishExcel(), CsvDialect::plainComma()}) {
        auto bytes = IncidentExport::fromDatabase(*source.db, {}, dialect);
        REQUIRE(bytes);
        CHECK(bytes->contains("Beskrivelse"));
        CHECK_FALSE(bytes->toLower().contains("reporter"));
        CHECK_FALSE(bytes->contains("Indberetter"));

        Fixture target;
        auto preview = IncidentImport::parse(*bytes, target.home, kToday);
        REQUIRE_FALSE(preview.hasErrors());
        REQUIRE(IncidentImport::markDuplicates(*target.db, target.home, preview));
        CHECK(preview.newCount() == 2);
        auto summary = IncidentImport::commit(*target.db, target.home, preview);
        REQUIRE(summary);
        CHECK(summary->imported == 2);
        auto stored = storage::IncidentRepository(*target.db).forBotilbud(target.home);
        REQUIRE(stored);
        REQUIRE(stored->size() == 2);
        for (Incident copy : *stored) {
            const Incident& original = copy.occurredDate.day() == 3 ? originals[0] : originals[1];
            copy.id = original.id;
            copy.botilbudId = original.botilbudId;
            CHECK(copy == original);
        }
        auto again = IncidentImport::commit(*target.db, target.home, IncidentImport::parse(*bytes, target.home, kToday));
        REQUIRE(again);
        CHECK(again->imported == 0);
        CHECK(again->skippedDuplicates == 2);
        CHECK(target.count() == 2);
    }
}

TEST_CASE("A file with one bad row imports nothing and names the line", "[import]") {
    Fixture f;
    const QByteArray bytes = kHeader +
                             "2024-03-01;08:00;Dispensering;Medicin ikke givet;Ingen/ukendt;Lettere;Nej;Nej;God række;Ny\r\n"
                             "2024-03-02;;Administration/udlevering;Forkert tidspunkt/hyppighed;Ingen/ukendt;Ingen;"
                             "Ja;Nej;\"To\r\nlinjer\";Ny\r\n"
                             "2024-13-40;25:00;Køkken;Forkert dosis (inkl. dobbeltdosis);Ingen/ukendt;Ingen;måske;Nej;"
                             "Borger 010203-1234;Ny\r\n";
    auto preview = IncidentImport::parse(bytes, f.home, kToday);
    CHECK(preview.rows.size() == 3);
    CHECK(preview.errorRowCount() == 1);
    const QStringList errors = preview.errorLines();
    REQUIRE(errors.size() == 4); // date, time, stage, yes/no (the CPR check waits for a valid date)
    for (const QString& e : errors)
        CHECK(e.contains(u"5")); // line 5: the quoted line break counts
    auto refused = IncidentImport::commit(*f.db, f.home, preview);
    CHECK_FALSE(refused);
    CHECK(f.count() == 0);
}

TEST_CASE("Row validation: CPR, future date, NCC MERP, derived category, missing column", "[import][validation]") {
    Fixture f;
    auto rowErrors = [&](const QByteArray& row) {
        return IncidentImport::parse(kHeader + row, f.home, kToday).errorLines();
    };
    const QByteArray good = "2024-03-01;;Dispensering;Medicin ikke givet;Ingen/ukendt;Lettere;Nej;Nej;";
    CHECK(rowErrors(good + "Tekst;Ny").isEmpty());
    CHECK(rowErrors(good + "Tekst;new").isEmpty());                          // codes are accepted
    CHECK(rowErrors("01-03-2024;;dispensing;not_given;none;mild;ja;nej;Tekst;").isEmpty()); // Danish date
    CHECK(rowErrors(good + "Borger 0102031234;Ny").size() == 1);
    CHECK(rowErrors(good + ";Ny").size() == 1);                               // empty description
    CHECK(rowErrors("2030-01-01;;Dispensering;Medicin ikke givet;Ingen/ukendt;Lettere;Nej;Nej;T;Ny").size() == 1);
    CHECK(rowErrors(good + "Tekst;Færdig").size() == 1);                      // unknown status

    const QByteArray withCategory = "Dato;Procestrin;Problemtype;Faktisk konsekvens;Mulig konsekvens;"
                                    "Samlet alvorlighed;Nåede borgeren;NCC MERP;Beskrivelse\n";
    auto errorsOf = [&](const QByteArray& bytes) { return IncidentImport::parse(bytes, f.home, kToday).errorLines(); };
    CHECK(errorsOf(withCategory + "2024-03-01;Andet;Andet;Lettere;Alvorlig/dødelig;Alvorlig patientsikkerhedsrisiko;Ja;E;T")
              .isEmpty());
    CHECK(errorsOf(withCategory + "2024-03-01;Andet;Andet;Lettere;Ingen;Ingen konsekvens;Ja;;T").size() == 1);
    CHECK(errorsOf(withCategory + "2024-03-01;Andet;Andet;Ingen/ukendt;Ingen;;Nej;D;T").size() == 1); // D reached
    CHECK(errorsOf(withCategory + "2024-03-01;Andet;Andet;Ingen/ukendt;Ingen;;Nej;Q;T").size() == 1);

    auto missing = IncidentImport::parse("Dato;Beskrivelse\n2024-03-01;T\n", f.home, kToday);
    CHECK(missing.hasErrors());
    CHECK(missing.fileErrors.size() == 4); // stage, type, actual, possible
    CHECK(IncidentImport::parse("Dato;\"open\n", f.home, kToday).hasErrors());
}

TEST_CASE("Repeats inside one file are imported once", "[import]") {
    Fixture f;
    const QByteArray row = "2024-03-01;08:00;Dispensering;Medicin ikke givet;Ingen/ukendt;Lettere;Nej;Nej;Samme;Ny\r\n";
    auto preview = IncidentImport::parse(kHeader + row + row, f.home, kToday);
    auto summary = IncidentImport::commit(*f.db, f.home, preview);
    REQUIRE(summary);
    CHECK(summary->imported == 1);
    CHECK(summary->skippedDuplicates == 1);
}

TEST_CASE("The natural key ignores ids, status and follow-up, and CRLF in the description", "[import]") {
    Incident a = sample(BotilbudId{1}, 3, QStringLiteral("a\r\nb "));
    Incident b = a;
    b.id = IncidentId{99};
    b.status = IncidentStatus::Closed;
    b.learning = QStringLiteral("ny læring");
    b.description = QStringLiteral("a\nb");
    CHECK(IncidentNaturalKey::of(a) == IncidentNaturalKey::of(b));
    b.stage = ProcessStage::Storage;
    CHECK(IncidentNaturalKey::of(a) != IncidentNaturalKey::of(b));
}
