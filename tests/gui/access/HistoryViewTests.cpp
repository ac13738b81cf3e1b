// Historik (issue 14, item 4): a change made in the window is listed with who made it and the
// fields before and after; the kind filter narrows the list; a record's own history opens from
// its editor; the chain check says the trail is intact, and names the entry changed behind it.
#include "../FakeDialogService.h"
#include "AccessTestHome.h"
#include "app/MainWindow.h"
#include "app/history/HistoryPanel.h"
#include "app/history/HistoryTableModel.h"
#include "app/history/HistoryView.h"
#include "app/history/RecordHistoryDialog.h"
#include "services/audit/HistoryLabels.h"
#include "services/incidents/IncidentService.h"

#include <QComboBox>
#include <QLabel>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <catch2/catch.hpp>

using namespace medsafe;

TEST_CASE("Historik lists who changed what, filters by kind, and checks the chain", "[gui][history]") {
    FakeDialogService dialogs;
    auto home = AccessTestHome::create();
    home.signIn(QStringLiteral("mette"));
    storage::Database* db = home.data.db.get();
    domain::Incident incident;
    incident.botilbudId = home.data.botilbud;
    incident.occurredDate = QDate::currentDate().addDays(-2);
    incident.description = QStringLiteral("Tablet glemt i dosisæsken");
    incident.reporterId = home.people.at(QStringLiteral("mette"));
    auto saved = services::IncidentService(*db).save(incident);
    REQUIRE(saved.ok());
    domain::Incident changed = *saved;
    changed.learning = QStringLiteral("Tjek æsken ved udlevering");
    REQUIRE(services::IncidentService(*db).save(changed).ok());

    app::MainWindow window(std::move(home.data.db), dialogs);
    window.resize(1366, 768);
    window.show();
    window.showView(app::ViewId::History);
    QCoreApplication::processEvents();
    auto* view = qobject_cast<app::HistoryView*>(window.viewWidget(app::ViewId::History));
    REQUIRE(view);
    app::HistoryTableModel* model = view->panel()->model();
    REQUIRE(model->rowCount() > 2);
    const services::HistoryEntry* newest = model->entryAt(0);
    REQUIRE(newest);
    CHECK(newest->table == QStringLiteral("incident"));
    CHECK(newest->action == QStringLiteral("update"));
    CHECK(newest->who == QStringLiteral("Mette Testesen"));
    auto* details = view->panel()->details();
    REQUIRE(details->rowCount() == 1);
    CHECK(details->item(0, 2)->text() == QStringLiteral("Tjek æsken ved udlevering"));

    // Only incidents.
    QComboBox* kinds = view->kindFilter();
    kinds->setCurrentIndex(kinds->findData(static_cast<int>(services::HistoryKind::Incidents)));
    REQUIRE(model->rowCount() == 2);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->entryAt(row)->kind == services::HistoryKind::Incidents);
    // Only Mette's changes.
    QComboBox* people = view->personFilter();
    people->setCurrentIndex(people->findData(QStringLiteral("mette")));
    CHECK(model->rowCount() == 2);

    view->checkChain();
    CHECK(view->chainLabel()->styleSheet().contains(QStringLiteral("#1b7a3a")));
    QSqlQuery tamper(db->connection());
    REQUIRE(tamper.exec(QStringLiteral("UPDATE audit_entry SET actor = 'sara' WHERE table_name = 'incident'"
                                       " AND action = 'insert'")));
    view->checkChain();
    CHECK(view->chainLabel()->styleSheet().contains(QStringLiteral("#b00020")));

    // One record's own history, as its editor opens it.
    app::RecordHistoryDialog own(window.workspace(), QStringLiteral("incident"), saved->id.value,
                                 QStringLiteral("x"));
    CHECK(own.panel()->model()->rowCount() == 2);
}
