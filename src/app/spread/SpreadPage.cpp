#include "app/spread/SpreadPage.h"

#include "app/DialogService.h"
#include "app/access/AccessGate.h"
#include "app/reports/ReportPackageActions.h"
#include "app/spread/ChangeStoryHtml.h"
#include "charts/ChartNumberFormat.h"
#include "logging/Logging.h"
#include "services/workspace/Workspace.h"

#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace medsafe::app {

using charts::ChartNumberFormat;

namespace {

constexpr int kIndexRole = Qt::UserRole + 1;

QTableWidget* makeTable(const QStringList& headers, const QString& name, QWidget* parent) {
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->setSortingEnabled(true);
    table->setWordWrap(false);
    return table;
}

constexpr int kSortRole = Qt::UserRole + 2;

// Sorts by the date behind "3. jan. 2024" when it has one, else by the text.
class SortedItem : public QTableWidgetItem {
public:
    using QTableWidgetItem::QTableWidgetItem;
    bool operator<(const QTableWidgetItem& other) const override {
        const QVariant mine = data(kSortRole);
        const QVariant theirs = other.data(kSortRole);
        if (mine.isValid() && theirs.isValid()) return mine.toDate() < theirs.toDate();
        return QTableWidgetItem::operator<(other);
    }
};

QTableWidgetItem* item(const QString& text, int index, const QDate& sortDate = {}) {
    auto* cell = new SortedItem(text);
    cell->setData(kIndexRole, index);
    cell->setToolTip(text);
    if (sortDate.isValid()) cell->setData(kSortRole, sortDate);
    return cell;
}

QString statusText(services::SpreadStatus status) {
    return services::SpreadStatusRule::symbol(status) + QLatin1Char(' ') +
           services::SpreadStatusRule::label(status);
}

// The row's index into the page's list, whatever the sorting did.
int selectedIndex(const QTableWidget* table) {
    const QList<QTableWidgetItem*> selected = table->selectedItems();
    return selected.isEmpty() ? -1 : selected.constFirst()->data(kIndexRole).toInt();
}

} // namespace

SpreadPage::SpreadPage(services::Workspace& workspace, DialogService& dialogs, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_dialogs(dialogs) {
    setObjectName(QStringLiteral("spreadPage"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Spread what works: export an adopted change as a change package for another botilbud, "
                      "and import the packages you receive. A received change arrives as a change idea "
                      "with a planned first PDSA cycle; the story of where it comes from is kept."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* searchRow = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("spreadSearchEdit"));
    m_search->setPlaceholderText(tr("Search changes…"));
    m_search->setClearButtonEnabled(true);
    searchRow->addWidget(m_search, 1);
    searchRow->addStretch(2);
    layout->addLayout(searchRow);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* lists = new QWidget(splitter);
    auto* listsLayout = new QVBoxLayout(lists);
    listsLayout->setContentsMargins(0, 0, 0, 0);

    auto* adoptedBox = new QGroupBox(tr("Adopted changes here"), lists);
    auto* adoptedLayout = new QVBoxLayout(adoptedBox);
    m_adopted = makeTable({tr("Change idea"), tr("Adopted"), tr("Spread")}, QStringLiteral("adoptedTable"),
                          adoptedBox);
    adoptedLayout->addWidget(m_adopted, 1);
    auto* adoptedButtons = new QHBoxLayout;
    m_adoptedCount = new QLabel(adoptedBox);
    m_adoptedCount->setObjectName(QStringLiteral("adoptedCountLabel"));
    m_export = new QPushButton(tr("Export change package…"), adoptedBox);
    m_export->setObjectName(QStringLiteral("exportChangeButton"));
    adoptedButtons->addWidget(m_adoptedCount, 1);
    adoptedButtons->addWidget(m_export);
    adoptedLayout->addLayout(adoptedButtons);
    listsLayout->addWidget(adoptedBox, 1);

    auto* receivedBox = new QGroupBox(tr("Received change packages"), lists);
    auto* receivedLayout = new QVBoxLayout(receivedBox);
    m_received = makeTable({tr("Change idea"), tr("From"), tr("Received"), tr("Here")},
                           QStringLiteral("receivedTable"), receivedBox);
    receivedLayout->addWidget(m_received, 1);
    auto* receivedButtons = new QHBoxLayout;
    m_receivedCount = new QLabel(receivedBox);
    m_receivedCount->setObjectName(QStringLiteral("receivedCountLabel"));
    m_import = new QPushButton(tr("Import change package…"), receivedBox);
    m_import->setObjectName(QStringLiteral("importChangeButton"));
    receivedButtons->addWidget(m_receivedCount, 1);
    receivedButtons->addWidget(m_import);
    receivedLayout->addLayout(receivedButtons);
    listsLayout->addWidget(receivedBox, 1);

    auto* storyBox = new QGroupBox(tr("The story from the origin"), splitter);
    auto* storyLayout = new QVBoxLayout(storyBox);
    m_story = new QTextBrowser(storyBox);
    m_story->setObjectName(QStringLiteral("storyBrowser"));
    m_story->setOpenLinks(false);
    m_story->setPlaceholderText(
        tr("Choose a received change package to read how it was tested where it comes from."));
    storyLayout->addWidget(m_story);
    splitter->addWidget(lists);
    splitter->addWidget(storyBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_export, &QPushButton::clicked, this, &SpreadPage::exportSelected);
    connect(m_import, &QPushButton::clicked, this, &SpreadPage::importPackage);
    connect(m_search, &QLineEdit::textChanged, this, &SpreadPage::applyFilter);
    connect(m_adopted, &QTableWidget::itemSelectionChanged, this, &SpreadPage::updateControls);
    connect(m_adopted, &QTableWidget::itemDoubleClicked, this, &SpreadPage::exportSelected);
    connect(m_received, &QTableWidget::itemSelectionChanged, this, &SpreadPage::showStory);
    connect(&m_workspace, &services::Workspace::currentBotilbudChanged, this, &SpreadPage::markStale);
    connect(&m_workspace, &services::Workspace::databaseReplaced, this, &SpreadPage::markStale);
    connect(&m_workspace, &services::Workspace::sessionChanged, this, &SpreadPage::markStale);
    connect(&m_workspace, &services::Workspace::saved, this, &SpreadPage::markStale);
    connect(&m_workspace, &services::Workspace::changedElsewhere, this, &SpreadPage::markStale);
}

void SpreadPage::markStale() {
    m_stale = true;
    if (isVisible()) reload();
}

void SpreadPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale || m_loadedBotilbud != m_workspace.currentBotilbud()) reload();
}

void SpreadPage::reload() {
    m_stale = false;
    m_loadedBotilbud = m_workspace.currentBotilbud();
    const services::ChangePackageService service = m_workspace.changePackages();
    auto adopted = service.adoptedChanges(m_loadedBotilbud);
    auto received = service.receivedChanges(m_loadedBotilbud);
    if (!adopted || !received) {
        const Error& error = !adopted ? adopted.error() : received.error();
        logging::get("spread")->error("could not read the spread page: {}", error.message.toStdString());
        m_adoptedChanges.clear();
        m_receivedChanges.clear();
    } else {
        m_adoptedChanges = *adopted;
        m_receivedChanges = *received;
    }

    m_adopted->setSortingEnabled(false);
    m_adopted->setRowCount(0);
    for (int i = 0; i < m_adoptedChanges.size(); ++i) {
        const services::ExportableChange& change = m_adoptedChanges[i];
        const int row = m_adopted->rowCount();
        m_adopted->insertRow(row);
        m_adopted->setItem(row, 0, item(change.idea.title, i));
        m_adopted->setItem(row, 1, item(ChartNumberFormat::day(change.adoptedOn), i, change.adoptedOn));
        const QString spread = change.received                   ? tr("received here")
                               : change.idea.spreadKey.isEmpty() ? tr("not exported yet")
                                                                 : tr("exported");
        m_adopted->setItem(row, 2, item(spread, i));
    }
    m_adopted->setSortingEnabled(true);

    m_received->setSortingEnabled(false);
    m_received->setRowCount(0);
    for (int i = 0; i < m_receivedChanges.size(); ++i) {
        const services::ReceivedChange& change = m_receivedChanges[i];
        const int row = m_received->rowCount();
        m_received->insertRow(row);
        const QString title =
            change.package.title.isEmpty() ? tr("(unreadable package)") : change.package.title;
        m_received->setItem(row, 0, item(title, i));
        m_received->setItem(row, 1,
                            item(tr("%1, %2").arg(change.row.originBotilbud, change.row.originKommune), i));
        m_received->setItem(row, 2,
                            item(ChartNumberFormat::day(change.row.receivedOn), i, change.row.receivedOn));
        m_received->setItem(row, 3, item(statusText(change.localStatus), i));
    }
    m_received->setSortingEnabled(true);
    m_story->clear();
    applyFilter();
    updateControls();
}

void SpreadPage::applyFilter() {
    const QString text = m_search->text().trimmed();
    int shownAdopted = 0;
    for (int row = 0; row < m_adopted->rowCount(); ++row) {
        const bool shown =
            text.isEmpty() || m_adopted->item(row, 0)->text().contains(text, Qt::CaseInsensitive);
        m_adopted->setRowHidden(row, !shown);
        shownAdopted += shown ? 1 : 0;
    }
    int shownReceived = 0;
    for (int row = 0; row < m_received->rowCount(); ++row) {
        const bool shown = text.isEmpty() ||
                           m_received->item(row, 0)->text().contains(text, Qt::CaseInsensitive) ||
                           m_received->item(row, 1)->text().contains(text, Qt::CaseInsensitive);
        m_received->setRowHidden(row, !shown);
        shownReceived += shown ? 1 : 0;
    }
    m_adoptedCount->setText(tr("%n adopted change(s)", nullptr, shownAdopted));
    m_receivedCount->setText(tr("%n received package(s)", nullptr, shownReceived));
}

void SpreadPage::updateControls() {
    const auto decision = m_workspace.may(services::AccessAction::ExchangeChangePackages);
    gateControl(m_export, decision, selectedIndex(m_adopted) >= 0);
    gateControl(m_import, decision, m_loadedBotilbud.isValid());
    if (decision.allowed && selectedIndex(m_adopted) < 0)
        m_export->setToolTip(tr("Choose an adopted change in the list first."));
}

void SpreadPage::showStory() {
    const int index = selectedIndex(m_received);
    if (index < 0 || index >= m_receivedChanges.size()) {
        m_story->clear();
        return;
    }
    const services::ReceivedChange& change = m_receivedChanges[index];
    if (change.package.title.isEmpty()) {
        m_story->setPlainText(tr("The stored package could not be read."));
        return;
    }
    m_story->setHtml(ChangeStoryHtml::of(change.package, change.row.receivedOn));
}

void SpreadPage::exportSelected() {
    const int index = selectedIndex(m_adopted);
    if (index < 0 || index >= m_adoptedChanges.size() || !m_export->isEnabled()) return;
    const domain::ChangeIdea idea = m_adoptedChanges[index].idea;
    const QString path = m_dialogs.saveFileName(
        this, tr("Export change package"),
        QDir::home().filePath(services::ChangePackageService::suggestedFileName(idea.title)),
        tr("Change packages (*.json)"));
    if (path.isEmpty()) return;
    auto outcome = m_workspace.changePackages().exportToFile(m_loadedBotilbud, idea.id, path);
    if (!outcome) {
        logging::get("spread")->warn("change package export failed: {}",
                                     outcome.error().message.toStdString());
        m_dialogs.warning(this, tr("Export change package"),
                          tr("The change package was not saved:\n%1").arg(outcome.error().display()));
        return;
    }
    m_workspace.noteSaved();
    m_dialogs.information(
        this, tr("Export change package"),
        tr("The change package for \"%1\" was saved as %2.\n\nSend the file to the botilbud that is "
           "to try the change; they import it under Sustain and spread › Spread. It holds no names "
           "of staff or residents.")
            .arg(outcome->title, QDir::toNativeSeparators(path)));
    reload();
}

void SpreadPage::importPackage() {
    if (!m_import->isEnabled()) return;
    const QString path = m_dialogs.openFileName(this, tr("Import change package"),
                                                tr("Change packages (*.json);;All files (*)"));
    if (path.isEmpty()) return;
    ReportPackageActions::confirmSenders(this, m_workspace, m_dialogs, {path});
    auto outcome = m_workspace.changePackages().importFile(m_loadedBotilbud, path);
    if (!outcome) {
        logging::get("spread")->warn("change package import refused: {}",
                                     outcome.error().message.toStdString());
        m_dialogs.warning(this, tr("Import change package"),
                          tr("The change package was not imported; nothing was changed.\n%1")
                              .arg(outcome.error().display()));
        return;
    }
    if (outcome->unchanged) {
        m_dialogs.information(
            this, tr("Import change package"),
            tr("\"%1\" from %2 was already received %3. Nothing was changed.")
                .arg(outcome->title, outcome->originBotilbud, ChartNumberFormat::day(outcome->receivedOn)));
        return;
    }
    QString text =
        !outcome->joinedExisting
            ? tr("\"%1\" from %2 (%3) is now a change idea here, with a planned first PDSA cycle ready to "
                 "be filled in under PDSA.")
                  .arg(outcome->title, outcome->originBotilbud, outcome->originKommune)
        : outcome->cycle.isValid()
            ? tr("\"%1\" was already a change idea here; it now carries the story from %2 (%3) and has a "
                 "planned first PDSA cycle ready to be filled in under PDSA.")
                  .arg(outcome->title, outcome->originBotilbud, outcome->originKommune)
            : tr("\"%1\" was already a change idea here and is being tested; it now carries the story from "
                 "%2 (%3). No new cycle was planned.")
                  .arg(outcome->title, outcome->originBotilbud, outcome->originKommune);
    if (!outcome->matchedMeasures.isEmpty())
        text += QStringLiteral("\n") +
                tr("Measures found here: %1.").arg(outcome->matchedMeasures.join(QStringLiteral(", ")));
    if (!outcome->createdMeasures.isEmpty())
        text +=
            QStringLiteral("\n") +
            tr("New measures from the package: %1.").arg(outcome->createdMeasures.join(QStringLiteral(", ")));
    if (!outcome->skippedMeasures.isEmpty())
        text += QStringLiteral("\n") +
                tr("Not made here (they are counted from incidents; choose a measure of your own "
                   "in the cycle): %1.")
                    .arg(outcome->skippedMeasures.join(QStringLiteral(", ")));
    m_workspace.noteSaved();
    m_dialogs.information(this, tr("Import change package"), text);
    reload();
}

} // namespace medsafe::app
