#include "app/MainWindow.h"

#include "app/BackupActions.h"
#include "app/DatabaseFileActions.h"
#include "app/DialogService.h"
#include "app/HelpDialog.h"
#include "app/InstalledViews.h"
#include "app/NewProgrammeWizard.h"
#include "app/PackageKeyActions.h"
#include "app/RecentDatabases.h"
#include "app/ServerActions.h"
#include "app/UnsavedWork.h"
#include "app/ViewPlaceholder.h"
#include "app/access/AccessGate.h"
#include "app/access/SessionActions.h"
#include "app/incidents/IncidentsView.h"
#include "app/measurements/MeasurementsView.h"
#include "app/overview/OverviewView.h"
#include "app/pdsa/PdsaView.h"
#include "app/reports/MonthlyReportView.h"
#include "app/reports/ReportComposerPage.h"
#include "domain/DomainLabels.h"
#include "logging/Logging.h"
#include "services/backup/BackupService.h"
#include "services/workspace/Workspace.h"
#include "storage/Database.h"
#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoGroup>
#include <QUndoStack>
#include <algorithm>

namespace medsafe::app {

MainWindow::MainWindow(std::unique_ptr<storage::Database> database, DialogService& dialogs, QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()),
      m_workspace(std::make_unique<services::Workspace>(std::move(database))), m_dialogs(dialogs),
      m_backupActions(std::make_unique<BackupActions>(*m_workspace, dialogs)),
      m_packageKeyActions(std::make_unique<PackageKeyActions>(*m_workspace, dialogs)),
      m_fileActions(std::make_unique<DatabaseFileActions>(*m_workspace, dialogs)),
      m_serverActions(std::make_unique<ServerActions>(*m_workspace, dialogs, *m_fileActions)) {
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    setMinimumSize(1000, 600);
    m_ui->headerFrame->setStyleSheet(QStringLiteral(
        "#headerFrame { background: palette(alternate-base); border-bottom: 1px solid palette(mid); }"));
    m_ui->navigationList->setStyleSheet(QStringLiteral(
        "QListWidget { background: palette(alternate-base); border-right: 1px solid palette(mid); }"
        "QListWidget::item { padding: 7px 6px; }"));

    buildNavigation();
    buildStatusBar();
    m_sessionActions = new SessionActions(*m_workspace, m_dialogs, this);
    m_sessionActions->install(m_ui->fileMenu, m_ui->quitAction, statusBar());
    connect(m_workspace.get(), &services::Workspace::sessionChanged, this, &MainWindow::updateDatabaseLabel);
    for (const InstalledView& view : installedViews())
        setViewWidget(view.id, view.create(*m_workspace, m_dialogs));
    if (auto* overview = qobject_cast<OverviewView*>(viewWidget(ViewId::Overview))) {
        connect(overview, &OverviewView::openRequested, this, &MainWindow::openNextStep);
        connect(overview, &OverviewView::openPdsaCycleRequested, this, [this](domain::PdsaCycleId id) {
            showView(ViewId::Pdsa);
            if (auto* pdsa = qobject_cast<PdsaView*>(viewWidget(ViewId::Pdsa))) pdsa->openCycle(id);
        });
    }
    connect(m_workspace.get(), &services::Workspace::currentBotilbudChanged, this,
            &MainWindow::currentBotilbudChanged);
    connect(m_workspace.get(), &services::Workspace::databaseReplaced, this, &MainWindow::databaseReplaced);
    connect(m_workspace.get(), &services::Workspace::saved, this, &MainWindow::noteSaved);
    connect(m_workspace.get(), &services::Workspace::changedElsewhere, this,
            &MainWindow::refreshAfterChangeElsewhere);
    m_workspace->watchForChanges();
    connect(m_workspace.get(), &services::Workspace::botilbudListChanged, this, &MainWindow::reloadBotilbud);

    connect(m_ui->newProgrammeAction, &QAction::triggered, this, &MainWindow::startNewProgramme);
    connect(m_ui->newDatabaseAction, &QAction::triggered, this, &MainWindow::newDatabase);
    connect(m_ui->openDatabaseAction, &QAction::triggered, this, &MainWindow::openDatabase);
    connect(m_ui->connectServerAction, &QAction::triggered, this, [this] {
        if (settleUnsavedWork() && m_serverActions->connectToServer(this)) databaseChanged();
    });
    connect(m_ui->pushToServerAction, &QAction::triggered, this, [this] {
        if (settleUnsavedWork() && m_serverActions->pushToServer(this)) databaseChanged();
    });
    connect(m_ui->pullFromServerAction, &QAction::triggered, this,
            [this] { m_serverActions->pullFromServer(this); });
    connect(m_ui->recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    connect(m_ui->userGuideAction, &QAction::triggered, this, &MainWindow::showUserGuide);
    // Filer › Eksportér: the views' own export, from the menu (the view is shown first).
    connect(m_ui->exportIncidentsAction, &QAction::triggered, this, [this] {
        showView(ViewId::Incidents);
        if (auto* incidents = qobject_cast<IncidentsView*>(viewWidget(ViewId::Incidents)))
            incidents->exportCsv();
    });
    const auto composer = [this]() -> ReportComposerPage* {
        showView(ViewId::MonthlyReport);
        auto* view = qobject_cast<MonthlyReportView*>(viewWidget(ViewId::MonthlyReport));
        if (!view) return nullptr;
        view->tabs()->setCurrentWidget(view->composer());
        return view->composer();
    };
    connect(m_ui->exportReportPdfAction, &QAction::triggered, this, [composer] {
        if (auto* page = composer()) page->exportPdf();
    });
    connect(m_ui->exportPackageAction, &QAction::triggered, this, [composer] {
        if (auto* page = composer()) page->sendPackage();
    });
    buildEditMenu();
    if (!m_workspace->databasePath().isEmpty() && !m_workspace->databaseIsServer())
        RecentDatabases::add(m_workspace->databasePath());
    connect(m_ui->backUpAction, &QAction::triggered, this, &MainWindow::backUp);
    connect(m_ui->restoreBackupAction, &QAction::triggered, this, &MainWindow::restoreBackup);
    connect(m_ui->packageKeysAction, &QAction::triggered, this,
            [this] { m_packageKeyActions->showKeys(this); });
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    auto* languages = new QActionGroup(this);
    languages->addAction(m_ui->danishAction);
    languages->addAction(m_ui->englishAction);
    const bool english = QLocale().language() == QLocale::English;
    (english ? m_ui->englishAction : m_ui->danishAction)->setChecked(true);
    connect(m_ui->danishAction, &QAction::triggered, this, [this] { chooseLanguage(QStringLiteral("da")); });
    connect(m_ui->englishAction, &QAction::triggered, this, [this] { chooseLanguage(QStringLiteral("en")); });

    connect(m_ui->botilbudComboBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0 || index >= m_botilbud.size()) return;
        if (m_botilbud.at(index).id == m_shownBotilbud) return;
        if (!settleUnsavedWork()) {
            // The person chose to stay with the edits: put the selector back.
            const QSignalBlocker blocker(m_ui->botilbudComboBox);
            selectBotilbud(m_shownBotilbud);
            return;
        }
        m_shownBotilbud = m_botilbud.at(index).id;
        updatePhaseLabel();
        QSettings().setValue(QStringLiteral("lastBotilbud"), m_botilbud.at(index).id.value);
        m_workspace->setCurrentBotilbud(m_botilbud.at(index).id);
    });

    reloadBotilbud();
    updateDatabaseLabel();
    showView(startView());
}

ViewId MainWindow::startView() const {
    // A consultant's database holds only botilbud from data packages: their reports are the work.
    return m_botilbud.isEmpty() && m_packageBotilbud > 0 ? ViewId::MonthlyReport : ViewId::Overview;
}

MainWindow::~MainWindow() = default;

storage::Database& MainWindow::database() const {
    return m_workspace->database();
}

namespace {

// Titles up to this many characters stay on one line; a longer one is broken at the space
// that makes its longer line shortest.
constexpr int kOneLineTitle = 22;

QString navigationTitle(const QFontMetrics& metrics, const QString& title) {
    if (title.size() <= kOneLineTitle) return title;
    QString best = title;
    int bestWidth = metrics.horizontalAdvance(title);
    for (int i = title.indexOf(QLatin1Char(' ')); i > 0; i = title.indexOf(QLatin1Char(' '), i + 1)) {
        const int width =
            std::max(metrics.horizontalAdvance(title.left(i)), metrics.horizontalAdvance(title.mid(i + 1)));
        if (width < bestWidth) {
            bestWidth = width;
            best = title.left(i) + QLatin1Char('\n') + title.mid(i + 1);
        }
    }
    return best;
}

int navigationTitleWidth(const QFontMetrics& metrics, const QString& title) {
    int widest = 0;
    for (const QString& line : navigationTitle(metrics, title).split(QLatin1Char('\n')))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

} // namespace

void MainWindow::buildNavigation() {
    // One width for the navigation whatever the view beside it needs (it jumped between 210
    // and 250 px when Forløb og kompetencer opened): the widest entry, icon and padding included.
    // A long title ("Fastholdelse og spredning") goes on two lines instead of taking width from
    // every view beside the list.
    const int iconAndPadding = m_ui->navigationList->iconSize().width() + 40;
    const QFontMetrics metrics = m_ui->navigationList->fontMetrics();
    int widest = 0;
    for (ViewId view : kAllViews)
        widest = std::max(widest, navigationTitleWidth(metrics, ViewCatalog::title(view)));
    m_ui->navigationList->setFixedWidth(std::clamp(widest + iconAndPadding, 190, 280));
    int index = 0;
    for (ViewId view : kAllViews) {
        auto* item = new QListWidgetItem(ViewCatalog::icon(view), navigationTitle(metrics, ViewCatalog::title(view)));
        item->setToolTip(ViewCatalog::description(view));
        m_ui->navigationList->addItem(item);

        auto* placeholder = new ViewPlaceholder(view);
        m_ui->viewStack->addWidget(placeholder);
        m_views[view] = placeholder;

        // Ctrl+1…9 and Ctrl+0 jump to the views, in the order of the list.
        auto* action = m_ui->viewMenu->addAction(ViewCatalog::icon(view), ViewCatalog::title(view));
        // The tenth view is Ctrl+0, the key after 9 on the keyboard's row; the views after it
        // have no key of their own.
        if (index < 10)
            action->setShortcut(
                QKeySequence(Qt::CTRL | static_cast<Qt::Key>(index < 9 ? Qt::Key_1 + index : Qt::Key_0)));
        connect(action, &QAction::triggered, this, [this, view] { showView(view); });
        ++index;
    }
    connect(m_ui->navigationList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < static_cast<int>(kAllViews.size())) showView(kAllViews[row]);
    });
}

void MainWindow::buildStatusBar() {
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_savedLabel = new QLabel(this);
    m_savedLabel->setObjectName(QStringLiteral("savedLabel"));
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_savedLabel);
}

void MainWindow::setViewWidget(ViewId view, QWidget* widget) {
    QWidget* old = m_views[view];
    const int index = m_ui->viewStack->indexOf(old);
    m_ui->viewStack->insertWidget(index, widget);
    m_ui->viewStack->removeWidget(old);
    old->deleteLater();
    m_views[view] = widget;
}

QWidget* MainWindow::viewWidget(ViewId view) const {
    return m_views.at(view);
}

void MainWindow::showView(ViewId view) {
    const int row = static_cast<int>(view);
    m_ui->viewStack->setCurrentWidget(m_views[view]);
    if (m_ui->navigationList->currentRow() != row) m_ui->navigationList->setCurrentRow(row);
    setWindowTitle(tr("%1 – Medicinsikker").arg(ViewCatalog::title(view)));
    // Rediger follows the view shown: its undo history, or none.
    auto* measurements = qobject_cast<MeasurementsView*>(m_views[view]);
    if (m_undoGroup) m_undoGroup->setActiveStack(measurements ? &measurements->undoStack() : nullptr);
}

ViewId MainWindow::currentView() const {
    const int row = m_ui->navigationList->currentRow();
    return row >= 0 ? kAllViews[row] : ViewId::Overview;
}

domain::BotilbudId MainWindow::currentBotilbud() const {
    const int index = m_ui->botilbudComboBox->currentIndex();
    return index >= 0 && index < m_botilbud.size() ? m_botilbud.at(index).id : domain::BotilbudId{};
}

void MainWindow::selectBotilbud(domain::BotilbudId id) {
    for (int i = 0; i < m_botilbud.size(); ++i)
        if (m_botilbud.at(i).id == id) m_ui->botilbudComboBox->setCurrentIndex(i);
}

void MainWindow::reloadBotilbud() {
    const domain::BotilbudId keep =
        currentBotilbud().isValid()
            ? currentBotilbud()
            : domain::BotilbudId{QSettings().value(QStringLiteral("lastBotilbud")).toLongLong()};
    auto all = m_workspace->organisation().allBotilbud();
    if (!all) {
        logging::get("app")->error("could not read the botilbud: {}", all.error().message.toStdString());
        m_dialogs.warning(this, tr("Medicinsikker"),
                          tr("The list of botilbud could not be read: %1").arg(all.error().display()));
        return;
    }
    // The selector lists the botilbud whose work is done in this database. Botilbud known only
    // from imported data packages (a consultant's database) are read-only copies of someone
    // else's work: they live in the consultant's overview, not in the tovholder's views.
    m_botilbud.clear();
    m_packageBotilbud = 0;
    for (const domain::Botilbud& b : all.value()) {
        if (b.origin == domain::BotilbudOrigin::Local)
            m_botilbud.append(b);
        else
            ++m_packageBotilbud;
    }
    const QSignalBlocker blocker(m_ui->botilbudComboBox);
    m_ui->botilbudComboBox->clear();
    int selected = 0;
    for (int i = 0; i < m_botilbud.size(); ++i) {
        const auto& b = m_botilbud.at(i);
        m_ui->botilbudComboBox->addItem(b.municipality.isEmpty() ? b.name
                                                                 : tr("%1 (%2)").arg(b.name, b.municipality));
        if (b.id == keep) selected = i;
    }
    m_ui->botilbudComboBox->setEnabled(!m_botilbud.isEmpty());
    if (!m_botilbud.isEmpty()) m_ui->botilbudComboBox->setCurrentIndex(selected);
    m_shownBotilbud = currentBotilbud();
    updatePhaseLabel();
    m_workspace->setCurrentBotilbud(currentBotilbud());
}

void MainWindow::updatePhaseLabel() {
    const auto id = currentBotilbud();
    if (!id.isValid()) {
        m_ui->phaseLabel->setText(
            m_packageBotilbud > 0
                ? tr("Consultant's database: %n botilbud from data packages (see Monthly report)", nullptr,
                     m_packageBotilbud)
                : tr("No botilbud in this database yet"));
        return;
    }
    auto programme = m_workspace->programme().programme(id);
    if (!programme || !programme.value()) {
        m_ui->phaseLabel->setText(tr("No programme registered"));
        return;
    }
    const domain::Programme& p = *programme.value();
    const QDate today = QDate::currentDate();
    const QLocale locale;
    if (const auto phase = p.phaseAt(today)) {
        for (const auto& ph : p.phases) {
            if (ph.phase != *phase) continue;
            m_ui->phaseLabel->setText(tr("Phase %1 of 4: %2 (%3 – %4)")
                                          .arg(static_cast<int>(*phase))
                                          .arg(domain::DomainLabels::label(*phase),
                                               locale.toString(ph.startDate, QStringLiteral("d. MMMM yyyy")),
                                               locale.toString(ph.endDate, QStringLiteral("d. MMMM yyyy"))));
        }
    } else if (today < p.startDate) {
        m_ui->phaseLabel->setText(
            tr("The programme starts %1").arg(locale.toString(p.startDate, QStringLiteral("d. MMMM yyyy"))));
    } else {
        m_ui->phaseLabel->setText(
            tr("The programme ended %1").arg(locale.toString(p.endDate(), QStringLiteral("d. MMMM yyyy"))));
    }
}

void MainWindow::updateDatabaseLabel() {
    const bool server = m_workspace->databaseIsServer();
    m_databaseLabel->setText(
        server ? tr("Server: %1").arg(m_workspace->databasePath())
               : tr("Database: %1").arg(QDir::toNativeSeparators(m_workspace->databasePath())));
    // Backups of a server database are the server's own (pg_dump); a file is copied up, a
    // server database copied down.
    const QString serverBackups = tr("A server database is backed up on the server. Make a local copy with "
                                     "File › Make a local copy of the server database….");
    for (QAction* action : {m_ui->backUpAction, m_ui->restoreBackupAction}) {
        action->setEnabled(!server);
        action->setToolTip(server ? serverBackups : QString());
    }
    m_ui->pushToServerAction->setEnabled(!server && !m_workspace->databasePath().isEmpty());
    m_ui->pullFromServerAction->setEnabled(server);
    // What the signed-in person's role allows (services refuse the rest anyway).
    using services::AccessAction;
    gateAction(m_ui->newProgrammeAction, m_workspace->may(AccessAction::CreateBotilbud));
    gateAction(m_ui->restoreBackupAction, m_workspace->may(AccessAction::EditProgramme), !server);
    gateAction(m_ui->pushToServerAction, m_workspace->may(AccessAction::EditProgramme),
               !server && !m_workspace->databasePath().isEmpty());
}

void MainWindow::noteSaved() {
    m_savedLabel->setText(
        tr("Last saved %1").arg(QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm:ss"))));
    if (m_refreshPending && !hasUnsavedWork()) refreshAfterChangeElsewhere();
}

void MainWindow::startNewProgramme() {
    if (!settleUnsavedWork()) return;
    NewProgrammeWizard wizard(m_workspace->database(), QDate::currentDate(), this);
    if (wizard.exec() != QDialog::Accepted) return;
    // The programme's first botilbud: now the tovholder's account is made (SignInFlow).
    if (!m_workspace->session().signedIn && m_dialogs.signIn(this, m_workspace->database(), false))
        m_workspace->noteSessionChanged();
    reloadBotilbud();
    selectBotilbud(wizard.createdBotilbud());
    showView(ViewId::Overview);
}

void MainWindow::newDatabase() {
    if (!settleUnsavedWork()) return;
    if (m_fileActions->create(this)) databaseChanged();
}

void MainWindow::openDatabase() {
    if (!settleUnsavedWork()) return;
    if (m_fileActions->open(this)) databaseChanged();
}

void MainWindow::fillRecentMenu() {
    m_ui->recentMenu->clear();
    const QStringList paths = RecentDatabases::list();
    for (int i = 0; i < paths.size(); ++i) {
        const QString path = paths.at(i);
        QAction* action = m_ui->recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)));
        action->setEnabled(path != m_workspace->databasePath());
        connect(action, &QAction::triggered, this, [this, path] {
            if (settleUnsavedWork() && m_fileActions->openPath(this, path)) databaseChanged();
        });
    }
    if (paths.isEmpty()) m_ui->recentMenu->addAction(tr("(none yet)"))->setEnabled(false);
}

void MainWindow::databaseChanged() {
    updateDatabaseLabel();
    reloadBotilbud();
    if (startView() == ViewId::MonthlyReport) showView(ViewId::MonthlyReport);
}

void MainWindow::buildEditMenu() {
    m_undoGroup = new QUndoGroup(this);
    if (auto* measurements = qobject_cast<MeasurementsView*>(viewWidget(ViewId::Measurements)))
        m_undoGroup->addStack(&measurements->undoStack());
    // The shortcuts (Ctrl+Z, Ctrl+Y) belong to the view's own actions; the menu shows the same
    // commands, named after the change they undo, and is disabled where a view has no history.
    m_ui->editMenu->addAction(m_undoGroup->createUndoAction(this, tr("Undo")));
    m_ui->editMenu->addAction(m_undoGroup->createRedoAction(this, tr("Redo")));
}

void MainWindow::showUserGuide() {
    if (!m_help) m_help = new HelpDialog(this);
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

void MainWindow::backUp() {
    if (!settleUnsavedWork()) return;
    m_backupActions->backUp(this);
}

void MainWindow::restoreBackup() {
    if (!settleUnsavedWork()) return;
    if (m_backupActions->restore(this)) databaseChanged();
}

bool MainWindow::hasUnsavedWork() const {
    for (const auto& [view, widget] : m_views) {
        auto* work = dynamic_cast<UnsavedWork*>(widget);
        if (work && work->hasUnsavedChanges()) return true;
    }
    return false;
}

void MainWindow::refreshAfterChangeElsewhere() {
    const QString time = QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm"));
    if (hasUnsavedWork()) {
        m_refreshPending = true;
        m_savedLabel->setText(
            tr("Someone else changed data at %1; the views are read again when you have saved.").arg(time));
        return;
    }
    m_refreshPending = false;
    reloadBotilbud(); // also a botilbud another PC added; the views read the current one again
    m_savedLabel->setText(tr("Updated with changes from another PC at %1").arg(time));
}

bool MainWindow::settleUnsavedWork() {
    for (const auto& [view, widget] : m_views) {
        auto* work = dynamic_cast<UnsavedWork*>(widget);
        if (!work || !work->hasUnsavedChanges()) continue;
        showView(view);
        switch (m_dialogs.askToSave(
            this, tr("Unsaved changes"),
            tr("%1 has changes that are not saved. Save them now?").arg(ViewCatalog::title(view)))) {
        case DialogService::SaveChoice::Save:
            if (!work->saveChanges()) return false;
            noteSaved();
            break;
        case DialogService::SaveChoice::Discard:
            work->discardChanges();
            break;
        case DialogService::SaveChoice::Cancel:
            return false;
        }
    }
    return true;
}

void MainWindow::openNextStep(services::NextStepPlace place) {
    using services::NextStepPlace;
    switch (place) {
    case NextStepPlace::Overview:
        showView(ViewId::Overview);
        return;
    case NextStepPlace::Measurements:
        showView(ViewId::Measurements);
        return;
    case NextStepPlace::MonthlyReport:
        showView(ViewId::MonthlyReport);
        return;
    case NextStepPlace::Pdsa:
        showView(ViewId::Pdsa);
        return;
    case NextStepPlace::PharmacyFindings:
        showView(ViewId::Pharmacy);
        if (auto* tabs = viewWidget(ViewId::Pharmacy)->findChild<QTabWidget*>())
            for (int t = 0; t < tabs->count(); ++t)
                if (tabs->widget(t)->objectName() == QStringLiteral("findingsPage")) tabs->setCurrentIndex(t);
        return;
    case NextStepPlace::Startup:
    case NextStepPlace::StartupDelegations:
    case NextStepPlace::StartupWorkflow:
    case NextStepPlace::StartupGuidelines: {
        showView(ViewId::Startup);
        // Opstart's tabs: the workflow analysis, the guidelines, the delegation register.
        const QString page = place == NextStepPlace::StartupWorkflow     ? QStringLiteral("workflowPage")
                             : place == NextStepPlace::StartupGuidelines ? QStringLiteral("guidelinesPage")
                                                                         : QStringLiteral("delegationsPage");
        if (auto* tabs = viewWidget(ViewId::Startup)->findChild<QTabWidget*>())
            for (int t = 0; t < tabs->count(); ++t)
                if (tabs->widget(t)->objectName() == page) tabs->setCurrentIndex(t);
        return;
    }
    case NextStepPlace::Sustain:
        showView(ViewId::Sustain);
        return;
    case NextStepPlace::Programme:
    case NextStepPlace::Training:
    case NextStepPlace::Competences:
    case NextStepPlace::People: {
        showView(ViewId::Programme);
        // Training, the competence survey and the people live on their own tabs of Forløb og kompetencer.
        const QString page = place == NextStepPlace::Training      ? QStringLiteral("trainingPage")
                             : place == NextStepPlace::Competences ? QStringLiteral("competencePage")
                             : place == NextStepPlace::People      ? QStringLiteral("peoplePage")
                                                                   : QString();
        if (auto* tabs = viewWidget(ViewId::Programme)->findChild<QTabWidget*>())
            for (int t = 0; t < tabs->count(); ++t)
                if (page.isEmpty() ? t == 0 : tabs->widget(t)->objectName() == page) tabs->setCurrentIndex(t);
        return;
    }
    }
}

void MainWindow::showAsLastTime() {
    const QByteArray geometry = QSettings().value(QStringLiteral("window/geometry")).toByteArray();
    if (!geometry.isEmpty() && restoreGeometry(geometry)) {
        show(); // restoreGeometry brings back the maximised state too
        return;
    }
    const QSize available = screen()->availableSize();
    if (available.width() < 1500 || available.height() < 900) {
        showMaximized();
    } else {
        resize(1280, 800);
        show();
    }
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (settleUnsavedWork()) {
        QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
        event->accept();
    } else {
        event->ignore();
    }
}

void MainWindow::chooseLanguage(const QString& code) {
    QSettings().setValue(QStringLiteral("language"), code);
    m_dialogs.information(this, tr("Language"),
                          tr("The new language is used the next time Medicinsikker starts."));
}

void MainWindow::showAbout() {
    m_dialogs.information(
        this, tr("About Medicinsikker"),
        tr("Medicinsikker %1\n\nImprovement work on medication safety in botilbud: aims, measures, "
           "PDSA cycles, run charts, incidents and monthly reports.\n\nLicensed under the GNU General "
           "Public License, version 3 or later.")
            .arg(QCoreApplication::applicationVersion()));
}

} // namespace medsafe::app
