#include "app/sustain/SustainView.h"

#include "app/spread/SpreadPage.h"
#include "app/sustain/SustainPage.h"
#include "services/workspace/Workspace.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace medsafe::app {

SustainView::SustainView(services::Workspace& workspace, DialogService& dialogs, QWidget* parent)
    : QWidget(parent), m_workspace(workspace) {
    setObjectName(QStringLiteral("sustainView"));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Sustain and spread"), this);
    title->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* intro = new QLabel(tr("A change that is adopted must keep working when nobody tests it any more. "
                                "Its measures are judged against control limits frozen after adoption, and a "
                                "plan says who checks what, and how often."),
                             this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(intro);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("sustainTabWidget"));
    m_tabs->setDocumentMode(true);
    m_sustain = new SustainPage(workspace, dialogs, m_tabs);
    m_spread = new SpreadPage(workspace, dialogs, m_tabs);
    m_tabs->addTab(m_sustain, tr("Sustain"));
    m_tabs->addTab(m_spread, tr("Spread"));
    layout->addWidget(m_tabs, 1);

    connect(&m_workspace, &services::Workspace::currentBotilbudChanged, this, &SustainView::markStale);
    connect(&m_workspace, &services::Workspace::databaseReplaced, this, &SustainView::markStale);
    connect(&m_workspace, &services::Workspace::sessionChanged, this, &SustainView::markStale);
    connect(&m_workspace, &services::Workspace::saved, this, &SustainView::markStale);
    connect(&m_workspace, &services::Workspace::changedElsewhere, this, &SustainView::markStale);
}

void SustainView::markStale() {
    m_stale = true;
    if (isVisible()) {
        m_stale = false;
        m_sustain->reload();
    }
}

void SustainView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_stale) return;
    m_stale = false;
    m_sustain->reload();
}

} // namespace medsafe::app
