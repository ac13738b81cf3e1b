#include "app/pharmacy/PharmacyView.h"

#include "app/pharmacy/AgreementPage.h"
#include "app/pharmacy/FindingsPage.h"
#include "app/pharmacy/PharmacyChartsPage.h"
#include "app/pharmacy/QuestionsPage.h"
#include "app/pharmacy/RefreshersPage.h"
#include "app/pharmacy/VisitsPage.h"
#include "services/workspace/Workspace.h"

#include <QAction>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace medsafe::app {

PharmacyView::PharmacyView(services::Workspace& workspace, DialogService& dialogs, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_tabs(new QTabWidget(this)),
      m_visits(new VisitsPage(dialogs)), m_findings(new FindingsPage(dialogs)),
      m_questions(new QuestionsPage(dialogs)), m_refreshers(new RefreshersPage(dialogs)),
      m_charts(new PharmacyChartsPage(dialogs)), m_agreement(new AgreementPage(dialogs)) {
    setObjectName(QStringLiteral("pharmacyView"));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("The pharmacy's part"), this);
    title->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* intro =
        new QLabel(tr("Quality assurance of medication handling, the follow-up of what it finds, everyday "
                      "questions to the pharmacy and the refreshers the staff need."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(intro);
    m_tabs->setObjectName(QStringLiteral("pharmacyTabWidget"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);
    m_tabs->addTab(m_visits, tr("Quality assurance"));
    m_tabs->addTab(m_findings, tr("Findings and follow-up"));
    m_tabs->addTab(m_questions, tr("Questions"));
    m_tabs->addTab(m_refreshers, tr("Refreshers"));
    m_tabs->addTab(m_charts, tr("Figures"));
    m_tabs->addTab(m_agreement, tr("Agreement"));
    m_pages = {m_visits, m_findings, m_questions, m_refreshers, m_charts, m_agreement};
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

    connect(&m_workspace, &services::Workspace::currentBotilbudChanged, this, &PharmacyView::markStale);
    connect(&m_workspace, &services::Workspace::databaseReplaced, this, &PharmacyView::markStale);
    connect(&m_workspace, &services::Workspace::sessionChanged, this, &PharmacyView::markStale);
}

PharmacyView::~PharmacyView() = default;

ProgrammePage* PharmacyView::currentPage() const {
    return qobject_cast<ProgrammePage*>(m_tabs->currentWidget());
}

void PharmacyView::markStale() {
    m_stale = true;
    if (isVisible()) reload();
}

void PharmacyView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale || m_loadedBotilbud != m_workspace.currentBotilbud()) reload();
}

void PharmacyView::reload() {
    m_stale = false;
    m_loadedBotilbud = m_workspace.currentBotilbud();
    for (ProgrammePage* page : m_pages)
        page->load(m_workspace, m_loadedBotilbud);
}

void PharmacyView::reloadOthers(ProgrammePage* saved) {
    for (ProgrammePage* page : m_pages) {
        if (page != saved && !page->hasUnsavedChanges()) page->load(m_workspace, m_loadedBotilbud);
    }
}

bool PharmacyView::hasUnsavedChanges() const {
    return std::any_of(m_pages.cbegin(), m_pages.cend(),
                       [](const ProgrammePage* page) { return page->hasUnsavedChanges(); });
}

bool PharmacyView::saveChanges() {
    for (ProgrammePage* page : m_pages) {
        if (!page->hasUnsavedChanges()) continue;
        if (!page->saveChanges()) {
            m_tabs->setCurrentWidget(page); // show where the problem is
            return false;
        }
    }
    return true;
}

void PharmacyView::discardChanges() {
    for (ProgrammePage* page : m_pages)
        page->discardChanges();
}

} // namespace medsafe::app
