#include "../FakeDialogService.h"
#include "ReportTestDatabase.h"
#include "app/MainWindow.h"
#include "app/reports/ConsultantPage.h"
#include "app/reports/MonthlyReportView.h"
#include "app/reports/ReportComposerPage.h"
#include "app/reports/ReportPreviewBrowser.h"
#include "domain/DomainLabels.h"
#include "storage/BotilbudRepository.h"
#include "storage/MonthlyReportRepository.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QImage>
#include <QSet>
#include <QUrl>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextDocument>
#include <catch2/catch.hpp>

using namespace medsafe;

namespace {

struct ComposerFixture {
    FakeDialogService dialogs;
    app::MainWindow window;
    app::ReportComposerPage* page = nullptr;
    QList<domain::MonthlyReport> reports;

    ComposerFixture() : window(reportTestDatabase(), dialogs) {
        window.resize(1366, 768);
        window.show();
        window.showView(app::ViewId::MonthlyReport);
        auto* view = qobject_cast<app::MonthlyReportView*>(window.viewWidget(app::ViewId::MonthlyReport));
        REQUIRE(view);
        page = view->composer();
        QCoreApplication::processEvents();
        auto stored = storage::MonthlyReportRepository(window.database()).forBotilbud(window.currentBotilbud());
        REQUIRE(stored.ok());
        reports = stored.value(); // newest first: a draft, then a sent report
        REQUIRE(reports.size() > 3);
    }
    template <typename T> T* find(const char* name) {
        auto* w = page->findChild<T*>(QString::fromLatin1(name));
        REQUIRE(w);
        return w;
    }
    std::optional<domain::MonthlyReport> stored(const QDate& month) {
        auto r = storage::MonthlyReportRepository(window.database()).forMonth(window.currentBotilbud(), month);
        REQUIRE(r.ok());
        return r.value();
    }
};

} // namespace

TEST_CASE("the composer opens on the default month with its stored narrative and a preview", "[reports]") {
    ComposerFixture f;
    REQUIRE(f.page->currentMonth().isValid());
    // The default month is the latest with measurements: the demo's draft month.
    CHECK(f.page->currentMonth() == f.reports.first().month);
    CHECK(f.find<QPlainTextEdit>("wentWellEdit")->toPlainText() == f.reports.first().wentWell);
    auto* preview = f.find<app::ReportPreviewBrowser>("reportPreviewBrowser");
    CHECK(preview->hasReport());
    CHECK(preview->document()->toPlainText().contains(f.reports.first().barriers));
    CHECK(f.find<QComboBox>("monthComboBox")->count() >= f.reports.size());
}

TEST_CASE("composing, saving and reopening a month keeps the narrative", "[reports]") {
    ComposerFixture f;
    const QDate draftMonth = f.reports.first().month;
    f.find<QPlainTextEdit>("wentWellEdit")->setPlainText(QStringLiteral("Dobbeltkontrollen sidder nu i rygraden."));
    f.find<QPlainTextEdit>("planNextMonthEdit")->setPlainText(QStringLiteral("Udvide til aftenvagten."));
    auto* score = f.find<QComboBox>("selfScoreComboBox");
    score->setCurrentIndex(score->findData(4));
    CHECK(f.page->hasUnsavedChanges());
    f.find<QPushButton>("saveButton")->click();
    CHECK_FALSE(f.page->hasUnsavedChanges());
    CHECK(f.dialogs.warnings.isEmpty());
    auto saved = f.stored(draftMonth);
    REQUIRE(saved);
    CHECK(saved->wentWell == QStringLiteral("Dobbeltkontrollen sidder nu i rygraden."));
    CHECK(saved->selfScore == 4);
    // The preview is what PS! gets, refreshed after the save.
    CHECK(f.find<app::ReportPreviewBrowser>("reportPreviewBrowser")->document()->toPlainText().contains(
        QStringLiteral("Dobbeltkontrollen sidder nu i rygraden.")));

    REQUIRE(f.page->selectMonth(f.reports.at(1).month));
    CHECK(f.find<QPlainTextEdit>("wentWellEdit")->toPlainText() == f.reports.at(1).wentWell);
    REQUIRE(f.page->selectMonth(draftMonth));
    CHECK(f.find<QPlainTextEdit>("wentWellEdit")->toPlainText() == QStringLiteral("Dobbeltkontrollen sidder nu i rygraden."));
    CHECK(f.find<QPlainTextEdit>("planNextMonthEdit")->toPlainText() == QStringLiteral("Udvide til aftenvagten."));
    CHECK(score->currentData().toInt() == 4);
}

TEST_CASE("a CPR number is refused beside its field and nothing is saved", "[reports]") {
    ComposerFixture f;
    const QDate month = f.reports.first().month;
    f.find<QPlainTextEdit>("barriersEdit")->setPlainText(QStringLiteral("Borgeren 010190-1234 fik forkert dosis."));
    CHECK_FALSE(f.page->save());
    auto* error = f.find<QLabel>("barriersErrorLabel");
    CHECK_FALSE(error->isHidden());
    CHECK_FALSE(error->text().isEmpty());
    CHECK(f.find<QLabel>("wentWellErrorLabel")->isHidden());
    CHECK(f.stored(month)->barriers == f.reports.first().barriers);
    CHECK(f.page->hasUnsavedChanges());
}

TEST_CASE("unsaved edits are guarded when the month changes", "[reports]") {
    ComposerFixture f;
    const QDate month = f.reports.first().month;
    f.find<QPlainTextEdit>("barriersEdit")->setPlainText(QStringLiteral("Travlhed i weekenden."));
    f.dialogs.nextSaveChoice = app::DialogService::SaveChoice::Cancel;
    CHECK_FALSE(f.page->selectMonth(f.reports.at(1).month));
    CHECK(f.page->currentMonth() == month);
    f.dialogs.nextSaveChoice = app::DialogService::SaveChoice::Save;
    CHECK(f.page->selectMonth(f.reports.at(1).month));
    CHECK(f.stored(month)->barriers == QStringLiteral("Travlhed i weekenden."));
}

TEST_CASE("marking the report as sent changes its status and date", "[reports]") {
    ComposerFixture f;
    const QDate month = f.reports.first().month;
    REQUIRE(f.reports.first().status == domain::ReportStatus::Draft);
    auto* markSent = f.find<QPushButton>("markSentButton");
    REQUIRE(markSent->isEnabled());
    markSent->click();
    auto saved = f.stored(month);
    REQUIRE(saved);
    CHECK(saved->status == domain::ReportStatus::Sent);
    CHECK(saved->sentDate == QDate::currentDate());
    CHECK(f.find<QLabel>("statusLabel")->text().contains(domain::DomainLabels::label(domain::ReportStatus::Sent)));
    CHECK_FALSE(markSent->isEnabled());
}

namespace {
// pdftotext is a required tool (scripts/deps.sh installs poppler-utils): a missing one fails.
QString pdfText(const QString& path) {
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(30000));
    return QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
}
} // namespace

TEST_CASE("the PDF export writes the anonymised report with the botilbud's name", "[reports]") {
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
    ComposerFixture f;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rapport.pdf"));
    f.dialogs.nextSaveFileName = path;
    f.find<QPushButton>("exportPdfButton")->click();
    REQUIRE(QFileInfo(path).size() > 1000);
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    auto botilbud = storage::BotilbudRepository(f.window.database()).get(f.window.currentBotilbud());
    REQUIRE(botilbud.ok());
    const QString name = botilbud->name;
    REQUIRE_FALSE(name.isEmpty());
    CHECK(text.contains(name));
    CHECK(f.dialogs.informations.size() == 1);
}

TEST_CASE("the final evaluation button writes the programme's final evaluation as PDF", "[reports]") {
    ComposerFixture f;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("slutevaluering.pdf"));
    f.dialogs.nextSaveFileName = path;
    f.find<QPushButton>("finalEvaluationButton")->click();
    REQUIRE(QFileInfo(path).size() > 1000);
    const QString text = pdfText(path);
    auto botilbud = storage::BotilbudRepository(f.window.database()).get(f.window.currentBotilbud());
    REQUIRE(botilbud.ok());
    CHECK(text.contains(QStringLiteral("Slutevaluering")));
    CHECK(text.contains(botilbud->name));
    CHECK(text.contains(QStringLiteral("Median i baseline")));
    CHECK(f.dialogs.informations.size() == 1);

    // Cancelling the file dialog writes nothing and says nothing.
    f.dialogs.nextSaveFileName.clear();
    f.find<QPushButton>("finalEvaluationButton")->click();
    CHECK(f.dialogs.informations.size() == 1);
    CHECK(f.dialogs.warnings.isEmpty());
}

TEST_CASE("botilbud known only from data packages stay out of the botilbud selector", "[reports]") {
    auto db = reportTestDatabase();
    domain::Botilbud received;
    received.name = QStringLiteral("Bostedet Fra Pakke");
    received.origin = domain::BotilbudOrigin::Package;
    received.createdDate = QDate(2025, 1, 1);
    REQUIRE(storage::BotilbudRepository(*db).add(received).ok());
    FakeDialogService dialogs;
    app::MainWindow window(std::move(db), dialogs);
    auto* selector = window.findChild<QComboBox*>(QStringLiteral("botilbudComboBox"));
    REQUIRE(selector);
    CHECK(selector->count() == 1);
    CHECK_FALSE(selector->itemText(0).contains(QStringLiteral("Fra Pakke")));

    // A consultant's database with only received botilbud says so instead of "no botilbud".
    auto consultant = storage::Database::openInMemory();
    REQUIRE(consultant.ok());
    REQUIRE(storage::BotilbudRepository(**consultant).add(received).ok());
    app::MainWindow consultantWindow(std::move(consultant.value()), dialogs);
    auto* phase = consultantWindow.findChild<QLabel*>(QStringLiteral("phaseLabel"));
    REQUIRE(phase);
    CHECK(phase->text().contains(QStringLiteral("1 botilbud fra datapakker")));
    // ...and opens on the consultant's overview, where that botilbud's reports are.
    CHECK(consultantWindow.currentView() == app::ViewId::MonthlyReport);
    auto* view = qobject_cast<app::MonthlyReportView*>(consultantWindow.viewWidget(app::ViewId::MonthlyReport));
    REQUIRE(view);
    CHECK(view->tabs()->currentWidget() == view->consultant());
    // The tovholder's tab has nothing to work on there.
    consultantWindow.show();
    view->tabs()->setCurrentWidget(view->composer());
    QCoreApplication::processEvents();
    CHECK_FALSE(view->composer()->findChild<QPushButton*>(QStringLiteral("finalEvaluationButton"))->isEnabled());
    CHECK_FALSE(view->composer()->findChild<QPushButton*>(QStringLiteral("printButton"))->isEnabled());
}

TEST_CASE("the preview shows the text at once and draws the charts afterwards", "[reports]") {
    ComposerFixture f;
    auto* preview = f.find<app::ReportPreviewBrowser>("reportPreviewBrowser");
    // Distinct colours in the first chart's image: a blank placeholder has one.
    const auto colours = [&] {
        const QImage image = preview->document()->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:0"))).value<QImage>();
        REQUIRE_FALSE(image.isNull());
        QSet<QRgb> seen;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                seen.insert(image.pixel(x, y));
        return seen.size();
    };
    // Choosing another month answers with the text; the charts are still to come.
    auto* months = f.find<QComboBox>("monthComboBox");
    REQUIRE(months->count() > 2);
    months->setCurrentIndex(2);
    emit months->activated(2);
    CHECK(preview->document()->toPlainText().contains(QStringLiteral("Målepunkterne i overblik")));
    CHECK(preview->drawingCharts());
    CHECK(colours() == 1);
    QElapsedTimer timer;
    timer.start();
    while (preview->drawingCharts() && timer.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    CHECK_FALSE(preview->drawingCharts());
    CHECK(colours() > 3);
}
