#include "app/programme/ProgrammeView.h"

#include "app/programme/CompetencePage.h"
#include "app/programme/EventsPage.h"
#include "app/programme/PeoplePage.h"
#include "app/programme/TrainingPage.h"
#include "services/workspace/Workspace.h"
#include "ui_ProgrammeView.h"

#include <QAction>

namespace medsafe::app {

ProgrammeView::ProgrammeView(services::Workspace& workspace, DialogService& dialogs, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ProgrammeView>()), m_workspace(workspace),
      m_events(new EventsPage(dialogs)), m_competence(new CompetencePage(dialogs)), m_training(new TrainingPage(dialogs)),
      m_people(new PeoplePage(dialogs)) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("programmeView"));
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->programmeTabWidget->addTab(m_events, tr("Programme events"));
    m_ui->programmeTabWidget->addTab(m_competence, tr("Competence survey"));
    m_ui->programmeTabWidget->addTab(m_training, tr("Training"));
    m_ui->programmeTabWidget->addTab(m_people, tr("Organisation"));
    m_pages = {m_events, m_competence, m_training, m_people};
    for (ProgrammePage* page : m_pages) connect(page, &ProgrammePage::saved, &m_workspace, &services::Workspace::noteSaved);

    auto add = [this](const QKeySequence& keys, auto slot) {
        auto* action = new QAction(this);
        action->setShortcut(keys);
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

    connect(&m_workspace, &services::Workspace::currentBotilbudChanged, this, &ProgrammeView::markStale);
    connect(&m_workspace, &services::Workspace::databaseReplaced, this, &ProgrammeView::markStale);
}

ProgrammeView::~ProgrammeView() = default;

ProgrammePage* ProgrammeView::currentPage() const {
    return qobject_cast<ProgrammePage*>(m_ui->programmeTabWidget->currentWidget());
}

void ProgrammeView::markStale() {
    m_stale = true;
    if (isVisible()) reload();
}

void ProgrammeView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale || m_loadedBotilbud != m_workspace.currentBotilbud()) reload();
}

void ProgrammeView::reload() {
    m_stale = false;
    m_loadedBotilbud = m_workspace.currentBotilbud();
    for (ProgrammePage* page : m_pages) page->load(m_workspace, m_loadedBotilbud);
}

bool ProgrammeView::hasUnsavedChanges() const {
    return std::any_of(m_pages.cbegin(), m_pages.cend(), [](const ProgrammePage* page) { return page->hasUnsavedChanges(); });
}

bool ProgrammeView::saveChanges() {
    for (ProgrammePage* page : m_pages) {
        if (!page->hasUnsavedChanges()) continue;
        if (!page->saveChanges()) {
            m_ui->programmeTabWidget->setCurrentWidget(page); // show where the problem is
            return false;
        }
    }
    return true;
}

void ProgrammeView::discardChanges() {
    for (ProgrammePage* page : m_pages) page->discardChanges();
}

} // namespace medsafe::app
