#include "app/startup/StartupView.h"

#include "app/startup/DelegationsPage.h"
#include "app/startup/GuidelinesPage.h"
#include "app/startup/WorkflowPage.h"
#include "services/workspace/Workspace.h"

#include <QAction>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace medsafe::app {

StartupView::StartupView(services::Workspace& workspace, DialogService& dialogs, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_tabs(new QTabWidget(this)),
      m_workflow(new WorkflowPage(dialogs)), m_guidelines(new GuidelinesPage(dialogs)),
      m_delegations(new DelegationsPage(dialogs)) {
    setObjectName(QStringLiteral("startupView"));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Start-up"), this);
    title->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* intro = new QLabel(tr("Phase 1's groundwork: how medicine is handled today step by step, the local "
                                "guidelines and who holds which delegated right."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(intro);
    m_tabs->setObjectName(QStringLiteral("startupTabWidget"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);
    m_tabs->addTab(m_workflow, tr("Workflow analysis"));
    m_tabs->addTab(m_guidelines, tr("Guidelines"));
    m_tabs->addTab(m_delegations, tr("Delegations"));
    m_pages = {m_workflow, m_guidelines, m_delegations};
    for (ProgrammePage* page : m_pages) {
        connect(page, &ProgrammePage::saved, &m_workspace, &services::Workspace::noteSaved);
        connect(page, &ProgrammePage::saved, this, [this, page] { reloadOthers(page); });
    }

    auto add = [this](const QKeySequence& keys, auto slot) {
        auto* action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    add(QKeySequence::Save, [this] {
        if (ProgrammePage* page = currentPage()) page->saveChanges();
    });
    add(QKeySequence(Qt::CTRL | Qt::Key_N), [this] {
        if (ProgrammePage* page = currentPage()) page->newItem();
    });
    add(QKeySequence(Qt::CTRL | Qt::Key_F), [this] {
        if (ProgrammePage* page = currentPage()) page->focusSearch();
    });

    connect(&m_workspace, &services::Workspace::currentBotilbudChanged, this, &StartupView::markStale);
    connect(&m_workspace, &services::Workspace::databaseReplaced, this, &StartupView::markStale);
    connect(&m_workspace, &services::Workspace::sessionChanged, this, &StartupView::markStale);
}

StartupView::~StartupView() = default;

void StartupView::setToday(const QDate& today) {
    m_workflow->setToday(today);
    m_guidelines->setToday(today);
    m_delegations->setToday(today);
}

ProgrammePage* StartupView::currentPage() const {
    return qobject_cast<ProgrammePage*>(m_tabs->currentWidget());
}

void StartupView::markStale() {
    m_stale = true;
    if (isVisible()) reload();
}

void StartupView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale || m_loadedBotilbud != m_workspace.currentBotilbud()) reload();
}

void StartupView::reload() {
    m_stale = false;
    m_loadedBotilbud = m_workspace.currentBotilbud();
    for (ProgrammePage* page : m_pages)
        page->load(m_workspace, m_loadedBotilbud);
}

void StartupView::reloadOthers(ProgrammePage* saved) {
    for (ProgrammePage* page : m_pages) {
        if (page != saved && !page->hasUnsavedChanges()) page->load(m_workspace, m_loadedBotilbud);
    }
}

bool StartupView::hasUnsavedChanges() const {
    return std::any_of(m_pages.cbegin(), m_pages.cend(),
                       [](const ProgrammePage* page) { return page->hasUnsavedChanges(); });
}

bool StartupView::saveChanges() {
    for (ProgrammePage* page : m_pages) {
        if (!page->hasUnsavedChanges()) continue;
        if (!page->saveChanges()) {
            m_tabs->setCurrentWidget(page);
            return false;
        }
    }
    return true;
}

void StartupView::discardChanges() {
    for (ProgrammePage* page : m_pages)
        page->discardChanges();
}

} // namespace medsafe::app
