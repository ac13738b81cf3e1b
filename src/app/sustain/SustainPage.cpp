#include "app/sustain/SustainPage.h"

#include "app/sustain/SustainChartsPanel.h"
#include "app/sustain/SustainPlanPanel.h"
#include "services/workspace/Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace medsafe::app {

namespace {

// The status in words with a symbol, so colour is never the only signal.
QString statusLine(services::SustainStatus status) {
    const QString text = services::SustainedChanges::statusText(status);
    switch (status) {
    case services::SustainStatus::Holding:
        return QStringLiteral("✓ ") + text;
    case services::SustainStatus::SlippingBack:
        return QStringLiteral("▼ ") + text;
    case services::SustainStatus::TooFewPoints:
        return QStringLiteral("… ") + text;
    case services::SustainStatus::NoMeasures:
        return QStringLiteral("– ") + text;
    }
    return text;
}

QColor statusColour(services::SustainStatus status) {
    switch (status) {
    case services::SustainStatus::Holding:
        return QColor(0x1b, 0x6e, 0x35);
    case services::SustainStatus::SlippingBack:
        return QColor(0xb0, 0x2a, 0x1e);
    default:
        return QColor(0x55, 0x55, 0x55);
    }
}

} // namespace

SustainPage::SustainPage(services::Workspace& workspace, DialogService& dialogs, QWidget* parent)
    : QWidget(parent), m_workspace(workspace) {
    setObjectName(QStringLiteral("sustainPage"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter);

    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* listTitle = new QLabel(tr("Adopted changes"), left);
    QFont bold = listTitle->font();
    bold.setBold(true);
    listTitle->setFont(bold);
    leftLayout->addWidget(listTitle);
    m_list = new QListWidget(left);
    m_list->setObjectName(QStringLiteral("adoptedChangesList"));
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    leftLayout->addWidget(m_list, 1);
    m_emptyLabel =
        new QLabel(tr("No change idea has been adopted yet. A change idea is adopted when a PDSA cycle "
                      "about it ends with the decision »Adopt«."),
                   left);
    m_emptyLabel->setObjectName(QStringLiteral("noAdoptedChangesLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->hide();
    leftLayout->addWidget(m_emptyLabel);
    left->setMinimumWidth(230);

    m_details = new QTabWidget(splitter);
    m_details->setObjectName(QStringLiteral("sustainDetailTabs"));
    m_charts = new SustainChartsPanel(m_details);
    m_plan = new SustainPlanPanel(workspace, dialogs, m_details);
    m_details->addTab(m_charts, tr("Measures after adoption"));
    m_details->addTab(m_plan, tr("Sustain plan"));
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 900});

    connect(m_list, &QListWidget::currentRowChanged, this, [this] { showSelected(); });
    connect(m_plan, &SustainPlanPanel::saved, &m_workspace, &services::Workspace::noteSaved);
}

void SustainPage::reload() {
    const int keep = m_list->currentRow() >= 0 && m_list->currentRow() < m_changes.size()
                         ? static_cast<int>(m_changes[m_list->currentRow()].change.idea.id.value)
                         : 0;
    m_changes.clear();
    m_data = {};
    const domain::BotilbudId botilbud = m_workspace.currentBotilbud();
    if (botilbud.isValid()) {
        auto data = m_workspace.dashboard().load(botilbud);
        auto drivers = m_workspace.improvement().drivers(botilbud);
        if (data && drivers) {
            m_data = std::move(data.value());
            m_changes = services::SustainedChanges::assess(m_data, drivers.value());
        }
    }
    const QSignalBlocker block(m_list);
    m_list->clear();
    int select = m_changes.isEmpty() ? -1 : 0;
    const QLocale danish(QLocale::Danish);
    for (int i = 0; i < m_changes.size(); ++i) {
        const services::SustainedChange& c = m_changes[i];
        auto* item =
            new QListWidgetItem(tr("%1\n%2 · adopted %3")
                                    .arg(c.change.idea.title, statusLine(c.status),
                                         danish.toString(c.change.adoptedOn, QStringLiteral("d. MMM yyyy"))),
                                m_list);
        item->setForeground(statusColour(c.status));
        QStringList tip;
        if (c.change.driver) tip << tr("Driver: %1").arg(c.change.driver->text);
        for (const services::SustainedMeasure& m : c.measures)
            if (!m.sentence.isEmpty()) tip << m.sentence;
        item->setToolTip(tip.join(QLatin1Char('\n')));
        item->setData(Qt::UserRole, static_cast<int>(c.status));
        if (c.change.idea.id.value == keep) select = i;
    }
    m_emptyLabel->setVisible(m_changes.isEmpty());
    m_list->setCurrentRow(select);
    showSelected();
}

void SustainPage::showSelected() {
    const int row = m_list->currentRow();
    const services::SustainedChange* change = row >= 0 && row < m_changes.size() ? &m_changes[row] : nullptr;
    m_charts->showChange(change, m_data);
    m_plan->showChange(m_workspace.currentBotilbud(), change, m_data);
}

} // namespace medsafe::app
