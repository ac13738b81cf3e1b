// The pharmacy's section in the monthly report and the final evaluation (issue 15 item 7),
// written as real PDFs from the hand-made pharmacy data of PharmacyReportFixture and read back
// with pdftotext. Headings and sentences are looked up through the section's own tr() context,
// so the checks hold in Danish whether or not the translation has caught up; the numbers, dates
// and texts are counted by hand from the fixture's table.
#include "../services/report/PharmacyReportFixture.h"
#include "PdfText.h"
#include "domain/pharmacy/PharmacyLabels.h"
#include "report/FinalEvaluationComposer.h"
#include "report/MonthlyReportComposer.h"
#include "report/PharmacyReportSection.h"
#include "services/report/FinalEvaluationCollector.h"
#include "services/report/ReportAnonymiser.h"
#include "services/report/ReportContentCollector.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace medsafe;
using report::PharmacyReportSection;
using services::test::PharmacyReportFixture;

namespace {

QString monthlyPdfText(const services::MonthlyReportContent& content, const QTemporaryDir& dir) {
    const QString path = dir.filePath(QStringLiteral("month.pdf"));
    QString error;
    REQUIRE(report::MonthlyReportComposer::writePdf(content, path, &error));
    return collapsed(pdfText(path));
}

// The text from the section's heading to the next heading of the report (`next`).
QString sectionOf(const QString& text, const QString& next) {
    const qsizetype start = text.indexOf(collapsed(PharmacyReportSection::tr("The pharmacy's work")));
    REQUIRE(start >= 0);
    const qsizetype end = text.indexOf(next, start);
    return text.mid(start, end < 0 ? -1 : end - start);
}

QString label(domain::QaArea area) {
    return domain::PharmacyLabels::label(area);
}

// pdftotext keeps or drops the (non-breaking) space before "%" depending on the glyphs' spacing.
QString percentJoined(QString text) {
    return text.replace(QStringLiteral(" %"), QStringLiteral("%"));
}

} // namespace

TEST_CASE("The monthly report PDF shows the pharmacy's agreement, latest visit, open findings and questions",
          "[report][pdf][pharmacy]") {
    PharmacyReportFixture f;
    auto content = services::ReportContentCollector(f.db).collectForSharing(f.home, QDate(2024, 4, 1));
    REQUIRE(content.ok());
    QTemporaryDir dir;
    const QString all = monthlyPdfText(*content, dir);
    // The section sits between the incidents and the programme's start-up status.
    const QString text =
        percentJoined(sectionOf(all, collapsed(report::MonthlyReportComposer::tr("Programme and start-up"))));
    INFO(text.toStdString());

    CHECK(text.contains(collapsed(
        PharmacyReportSection::tr("Pharmacy agreement: %1 (%n quality-assurance visit(s) a year)", nullptr, 4)
            .arg(QStringLiteral("Løve Apotek")))));
    CHECK(text.contains(
        collapsed(PharmacyReportSection::tr("Quality-assurance visits this month: %1").arg(1))));
    CHECK(text.contains(
        collapsed(PharmacyReportSection::tr("Latest visit: %1").arg(QStringLiteral("8. apr. 2024")))));
    // One row per area of V2 (applicable, not complied with, share), then all areas: 3 of 4.
    CHECK(text.contains(QStringLiteral("%1 2 0 100%").arg(label(domain::QaArea::Storage))));
    CHECK(text.contains(QStringLiteral("%1 1 1 0%").arg(label(domain::QaArea::Documentation))));
    CHECK(text.contains(QStringLiteral("%1 1 0 100%").arg(label(domain::QaArea::PnMedicine))));
    CHECK(text.contains(QStringLiteral("%1 0 0 –").arg(label(domain::QaArea::Disposal)))); // only unanswered
    CHECK(text.contains(QStringLiteral("%1 4 1 75%").arg(collapsed(PharmacyReportSection::tr("All areas")))));

    // Two findings open on 30 April, P1 past its deadline of 13 March; D1 due 8 May.
    CHECK(text.contains(
        collapsed(PharmacyReportSection::tr(
                      "%n open finding(s) at the end of the month, %1 past the deadline.", nullptr, 2)
                      .arg(1))));
    // A table cell's text wraps over lines that pdftotext interleaves with the next cells: the
    // item is checked up to where it wraps.
    const QString p1 =
        QStringLiteral("kontrolleres af %1").arg(services::ReportAnonymiser::namePlaceholder());
    CHECK(text.contains(p1));
    CHECK(text.contains(QStringLiteral("13. mar. 2024")));
    CHECK(text.contains(collapsed(PharmacyReportSection::tr("%1, past the deadline")
                                      .arg(domain::PharmacyLabels::label(domain::FindingStatus::Open)))));
    CHECK(text.contains(QStringLiteral("Medicinlisten stemmer med FMK")));
    CHECK(text.contains(QStringLiteral("8. maj 2024")));
    CHECK(text.contains(domain::PharmacyLabels::label(domain::FindingStatus::InProgress)));
    CHECK(text.indexOf(p1) <
          text.indexOf(QStringLiteral("Medicinlisten stemmer med FMK"))); // earliest deadline first

    // Questions: 3 this month, 5 since 1 January; 1 and 2 changed a procedure.
    CHECK(text.contains(QStringLiteral("%1 3 5").arg(collapsed(PharmacyReportSection::tr("All questions")))));
    CHECK(text.contains(
        QStringLiteral("%1 2 2").arg(domain::PharmacyLabels::label(domain::QuestionCategory::Dosing))));
    CHECK(text.contains(collapsed(
        PharmacyReportSection::tr("Led to a changed procedure: %1 this month, %2 so far.").arg(1).arg(2))));

    for (const QString& secret : PharmacyReportFixture::secrets()) {
        INFO(secret.toStdString());
        CHECK_FALSE(all.contains(secret));
    }
}

TEST_CASE("Without pharmacy data the monthly report says so in one line; an older package shows no section",
          "[report][pdf][pharmacy]") {
    services::MonthlyReportContent content;
    content.botilbud.name = QStringLiteral("Bostedet Lærkehøj");
    content.month = QDate(2024, 4, 1);
    content.generatedOn = QDate(2024, 5, 2);
    content.report.month = content.month;
    content.pharmacy = services::PharmacySummary{};
    const QString heading = collapsed(PharmacyReportSection::tr("The pharmacy's work"));
    const QString none = collapsed(PharmacyReportSection::tr(
        "No pharmacy agreement, quality-assurance visits or questions to the pharmacy are registered."));
    QTemporaryDir dir;
    const QString empty = monthlyPdfText(content, dir);
    INFO(empty.toStdString());
    CHECK(empty.contains(heading));
    CHECK(empty.contains(none));
    CHECK_FALSE(empty.contains(collapsed(PharmacyReportSection::tr("Open findings"))));

    content.pharmacy.reset(); // as read from a version-2 package
    const QString older = monthlyPdfText(content, dir);
    CHECK_FALSE(older.contains(heading));
    CHECK_FALSE(older.contains(none));
    CHECK(older.contains(QStringLiteral("Bostedet Lærkehøj")));
}

TEST_CASE("The final evaluation PDF lists every visit with its compliance, the findings and the questions",
          "[report][pdf][final][pharmacy]") {
    PharmacyReportFixture f;
    auto content = services::FinalEvaluationCollector(f.db).collect(f.home, QDate(2024, 7, 15));
    REQUIRE(content.ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("final.pdf"));
    QString error;
    REQUIRE(report::FinalEvaluationComposer::writePdf(*content, path, &error));
    const QString all = collapsed(pdfText(path));
    const QString text = percentJoined(sectionOf(
        all, collapsed(report::FinalEvaluationComposer::tr("The measures over the whole programme"))));
    INFO(text.toStdString());

    // Visit, points that applied, not complied with, share: 2 of 4, 3 of 4, 4 of 5.
    CHECK(text.contains(QStringLiteral("12. feb. 2024 4 2 50%")));
    CHECK(text.contains(QStringLiteral("8. apr. 2024 4 1 75%")));
    CHECK(text.contains(QStringLiteral("20. jun. 2024 5 1 80%")));
    CHECK(text.contains(
        collapsed(PharmacyReportSection::tr(
                      "Findings: %1 opened, %2 closed, %3 still open at the end (%4 past the deadline).")
                      .arg(4)
                      .arg(2)
                      .arg(2)
                      .arg(1))));
    CHECK(text.contains(QStringLiteral("%1 6").arg(collapsed(PharmacyReportSection::tr("All questions")))));
    CHECK(text.contains(collapsed(PharmacyReportSection::tr("Led to a changed procedure: %1.").arg(2))));
    CHECK(text.contains(QStringLiteral("Løve Apotek")));
    for (const QString& secret : PharmacyReportFixture::secrets()) {
        INFO(secret.toStdString());
        CHECK_FALSE(all.contains(secret));
    }
}
