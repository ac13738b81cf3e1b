#include "app/history/HistoryView.h"

#include "app/DialogService.h"
#include "app/history/HistoryPanel.h"
#include "logging/Logging.h"
#include "services/audit/HistoryLabels.h"
#include "services/workspace/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace medsafe::app {

namespace {
// The first day a date filter offers stands for "no bound".
const QDate kNoBound(2000, 1, 1);
constexpr int kShownAtMost = 1000;

QDateEdit* dateFilter(QWidget* parent, const char* name) {
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("d. MMM yyyy"));
    edit->setMinimumDate(kNoBound);
    edit->setSpecialValueText(HistoryView::tr("any day"));
    edit->setDate(kNoBound);
    return edit;
}
} // namespace

HistoryView::HistoryView(services::Workspace& workspace, DialogService& dialogs, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_dialogs(dialogs) {
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("History")), this);
    layout->addWidget(heading);
    auto* filters = new QHBoxLayout;
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("historyPersonFilter"));
    m_person->setMinimumContentsLength(14);
    m_person->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("historyKindFilter"));
    m_kind->addItem(tr("Everything"), -1);
    for (services::HistoryKind kind : services::HistoryLabels::allKinds())
        m_kind->addItem(services::HistoryLabels::kindName(kind), static_cast<int>(kind));
    m_from = dateFilter(this, "historyFromDate");
    m_to = dateFilter(this, "historyToDate");
    filters->addWidget(new QLabel(tr("Person:"), this));
    filters->addWidget(m_person);
    filters->addWidget(new QLabel(tr("Kind:"), this));
    filters->addWidget(m_kind);
    filters->addWidget(new QLabel(tr("From:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("To:"), this));
    filters->addWidget(m_to);
    filters->addStretch(1);
    layout->addLayout(filters);
    m_panel = new HistoryPanel(this);
    layout->addWidget(m_panel, 1);
    auto* bottom = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("historyCount"));
    m_chain = new QLabel(this);
    m_chain->setObjectName(QStringLiteral("historyChainLabel"));
    m_chain->setWordWrap(true);
    m_checkChain = new QPushButton(tr("Check the history"), this);
    m_checkChain->setObjectName(QStringLiteral("checkChainButton"));
    m_checkChain->setToolTip(
        tr("Checks that no change in the history was altered or removed afterwards: every "
           "entry carries a hash of the one before it."));
    bottom->addWidget(m_count);
    bottom->addWidget(m_chain, 1);
    bottom->addWidget(m_checkChain);
    layout->addLayout(bottom);

    for (QComboBox* combo : {m_person, m_kind})
        connect(combo, &QComboBox::currentIndexChanged, this, &HistoryView::reload);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &HistoryView::reload);
    connect(m_checkChain, &QPushButton::clicked, this, &HistoryView::checkChain);
    connect(&m_workspace, &services::Workspace::currentBotilbudChanged, this, &HistoryView::markStale);
    for (auto signal : {&services::Workspace::saved, &services::Workspace::changedElsewhere,
                        &services::Workspace::sessionChanged})
        connect(&m_workspace, signal, this, &HistoryView::markStale);
    connect(&m_workspace, &services::Workspace::databaseReplaced, this, [this] {
        m_chain->clear();
        markStale();
    });
}

void HistoryView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale) {
        fillPeople();
        reload();
    }
}

void HistoryView::markStale() {
    m_stale = true;
    if (isVisible()) {
        fillPeople();
        reload();
    }
}

void HistoryView::fillPeople() {
    const QString chosen = m_person->currentData().toString();
    const QSignalBlocker blocker(m_person);
    m_person->clear();
    m_person->addItem(tr("Everyone"), QString());
    if (auto actors = m_workspace.auditTrail().actors(m_workspace.currentBotilbud())) {
        for (const auto& [login, name] : *actors)
            m_person->addItem(name, login);
    }
    m_person->setCurrentIndex(qMax(0, m_person->findData(chosen)));
}

void HistoryView::reload() {
    m_stale = false;
    services::HistoryFilter filter;
    filter.botilbud = m_workspace.currentBotilbud();
    filter.login = m_person->currentData().toString();
    if (const int kind = m_kind->currentData().toInt(); kind >= 0)
        filter.kinds = {static_cast<services::HistoryKind>(kind)};
    if (m_from->date() != kNoBound) filter.from = m_from->date();
    if (m_to->date() != kNoBound) filter.to = m_to->date();
    filter.limit = kShownAtMost;
    auto history = m_workspace.auditTrail().history(filter);
    if (!history) {
        logging::get("app")->error("history could not be read: {}", history.error().message.toStdString());
        m_dialogs.warning(this, tr("History"),
                          tr("The history could not be read: %1").arg(history.error().display()));
        return;
    }
    const int shown = static_cast<int>(history->size());
    m_panel->setEntries(std::move(history).value());
    m_count->setText(shown >= kShownAtMost ? tr("The newest %1 changes").arg(QLocale().toString(shown))
                                           : tr("%n change(s)", nullptr, shown));
}

void HistoryView::checkChain() {
    auto verdict = m_workspace.auditTrail().verifyChain();
    if (!verdict) {
        m_chain->setText(tr("The history could not be checked: %1").arg(verdict.error().display()));
        return;
    }
    if (verdict->holds()) {
        m_chain->setStyleSheet(QStringLiteral("color: #1b7a3a;"));
        m_chain->setText(tr("The history is intact: %n change(s), none altered or removed.", nullptr,
                            static_cast<int>(verdict->entries)));
    } else {
        m_chain->setStyleSheet(QStringLiteral("color: #b00020; font-weight: 600;"));
        m_chain->setText(
            tr("The history was altered after it was written, first at entry %1. Tell the kommune's "
               "IT department.")
                .arg(verdict->firstBrokenId));
    }
}

} // namespace medsafe::app
