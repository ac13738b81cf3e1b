// Not a test: a hidden case that saves the Månedsrapport view at 1366×768 (the staff PC the app
// is made for) for the user guide and for people to look at:
//   gui_tests "[.screenshots]"   → docs/images/consultant-overview.png,
//                                   docs/images/consultant-small-multiples.png
// (the tovholder's tab is pictured by scripts/screenshots.sh as monthly-report.png).
// MEDSAFE_SHOTS_OUT overrides the folder. Strings still waiting in
// resources/translations/pending/reports-gui.tsv are read straight from the list, so the
// pictures are Danish before the list is merged into the .ts file.
#include "../FakeDialogService.h"
#include "ReportTestDatabase.h"
#include "app/MainWindow.h"
#include "app/reports/ConsultantGridModel.h"
#include "app/reports/ConsultantPage.h"
#include "app/reports/MonthlyReportView.h"
#include "app/reports/ReportComposerPage.h"
#include "app/reports/SmallMultiplesPage.h"
#include "storage/MonthlyReportRepository.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>
#include <catch2/catch.hpp>

using namespace medsafe;

namespace {

// Translates from `context<TAB>English<TAB>Danish` lines ("a|b" for singular|plural).
class PendingTsvTranslator final : public QTranslator {
public:
    bool load(const QString& path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) return false;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (const QString& line : lines) {
            const QStringList parts = line.split(QLatin1Char('\t'));
            if (parts.size() != 3 || line.startsWith(QLatin1Char('#'))) continue;
            const auto unescape = [](QString s) { return s.replace(QStringLiteral("\\n"), QStringLiteral("\n")); };
            m_texts.insert(parts[0] + QLatin1Char('\x1f') + unescape(parts[1]), unescape(parts[2]));
        }
        return !m_texts.isEmpty();
    }
    bool isEmpty() const override { return m_texts.isEmpty(); }
    QString translate(const char* context, const char* source, const char*, int n) const override {
        const QString found = m_texts.value(QString::fromUtf8(context) + QLatin1Char('\x1f') + QString::fromUtf8(source));
        if (found.isEmpty()) return {};
        const QStringList forms = found.split(QLatin1Char('|'));
        return forms.size() == 2 ? forms[n == 1 ? 0 : 1] : found;
    }

private:
    QHash<QString, QString> m_texts;
};

} // namespace

TEST_CASE("monthly report screenshots", "[.screenshots]") {
    const QString out = qEnvironmentVariable("MEDSAFE_SHOTS_OUT", QStringLiteral(MEDSAFE_REPORTS_SOURCE_DIR "/docs/images"));
    QDir().mkpath(out);
    PendingTsvTranslator pending;
    if (pending.load(QStringLiteral(MEDSAFE_REPORTS_SOURCE_DIR "/resources/translations/pending/reports-gui.tsv")))
        QCoreApplication::installTranslator(&pending);

    FakeDialogService dialogs;
    app::MainWindow window(reportTestDatabase(6), dialogs);
    window.resize(1366, 768);
    window.show();
    const auto save = [&](const QString& name) {
        QTest::qWait(400); // the preview redraws its charts once the layout has settled
        CHECK(window.grab().save(QDir(out).filePath(name + QStringLiteral(".png"))));
    };
    window.showView(app::ViewId::MonthlyReport);
    auto* view = qobject_cast<app::MonthlyReportView*>(window.viewWidget(app::ViewId::MonthlyReport));
    REQUIRE(view);

    // The consultant: the sent report of the first botilbud chosen, its feedback being written.
    view->tabs()->setCurrentWidget(view->consultant());
    QCoreApplication::processEvents();
    auto* consultant = view->consultant();
    const services::ConsultantRow* row = consultant->gridModel()->rowAt(0);
    REQUIRE(row);
    auto reports = storage::MonthlyReportRepository(window.database()).forBotilbud(row->botilbud.id);
    REQUIRE(reports.ok());
    REQUIRE(reports->size() > 1);
    REQUIRE(consultant->selectReport(row->botilbud.id, reports->at(1).month));
    save(QStringLiteral("consultant-overview"));

    consultant->findChild<QTabWidget*>(QStringLiteral("consultantTabWidget"))->setCurrentWidget(consultant->smallMultiples());
    consultant->smallMultiples()->selectMeasure(QStringLiteral("Andel korrekt dispenserede doseringsæsker"));
    save(QStringLiteral("consultant-small-multiples"));
    QCoreApplication::removeTranslator(&pending);
}
