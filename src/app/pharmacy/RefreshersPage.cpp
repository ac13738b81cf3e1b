#include "app/pharmacy/RefreshersPage.h"

#include "app/DialogService.h"
#include "app/access/AccessGate.h"
#include "app/pharmacy/PharmacyForms.h"
#include "services/pharmacy/RefresherPlan.h"
#include "services/workspace/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace medsafe::app {

using namespace medsafe::domain;

RefreshersPage::RefreshersPage(DialogService& dialogs, QWidget* parent)
    : ProgrammePage(parent), m_dialogs(dialogs) {
    setObjectName(QStringLiteral("refreshersPage"));
    m_coursesLabel = new QLabel(this);
    m_coursesLabel->setObjectName(QStringLiteral("pharmacyCoursesLabel"));
    m_coursesLabel->setWordWrap(true);
    auto* intervalsTitle = new QLabel(tr("<b>Refresher interval per topic</b> (0 = no refresher)"), this);
    m_intervals = new QTableWidget(this);
    m_intervals->setObjectName(QStringLiteral("refresherIntervalTable"));
    m_intervals->setColumnCount(2);
    m_intervals->setHorizontalHeaderLabels({tr("Topic"), tr("Every (months)")});
    m_intervals->verticalHeader()->hide();
    m_intervals->setSelectionMode(QAbstractItemView::NoSelection);
    m_intervals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_intervals->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_intervals->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_save = PharmacyForms::button(tr("Save intervals"), this, QStringLiteral("saveIntervalsButton"));
    m_revert = PharmacyForms::button(tr("Undo changes"), this, QStringLiteral("revertIntervalsButton"));
    auto* overdueTitle = new QLabel(tr("<b>Staff due a refresher</b>"), this);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("refresherTree"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Topic and staff member"), tr("Last course"), tr("Refresher due")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(intervalsTitle);
    leftLayout->addWidget(m_intervals, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    leftLayout->addLayout(buttons);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(overdueTitle);
    rightLayout->addWidget(m_tree, 1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_coursesLabel);
    layout->addWidget(splitter, 1);

    connect(m_save, &QPushButton::clicked, this, [this] { saveChanges(); });
    connect(m_revert, &QPushButton::clicked, this, &RefreshersPage::discardChanges);
}

void RefreshersPage::load(services::Workspace& workspace, BotilbudId botilbud) {
    m_workspace = &workspace;
    m_botilbud = botilbud;
    auto topics = workspace.competence().topics(botilbud);
    auto people = workspace.organisation().people(botilbud);
    auto training = workspace.competence().training(botilbud);
    auto agreements = workspace.pharmacy().agreements(botilbud);
    if (!topics || !people || !training || !agreements) {
        const Error& error = !topics     ? topics.error()
                             : !people   ? people.error()
                             : !training ? training.error()
                                         : agreements.error();
        m_dialogs.warning(this, tr("Refreshers"),
                          tr("The refreshers could not be read: %1").arg(error.display()));
        return;
    }
    m_topics = *topics;
    showIntervals();

    const int linked = int(std::count_if(training->cbegin(), training->cend(),
                                         [](const TrainingRecord& r) { return r.agreementId.has_value(); }));
    m_coursesLabel->setText(
        agreements->isEmpty()
            ? tr("No agreement with a pharmacy is recorded yet (tab Agreement).")
            : tr("%n course(s) in the training log were given by %1 under the agreement.", nullptr, linked)
                  .arg(agreements->constFirst().pharmacyName));

    m_tree->clear();
    const auto plans = services::RefresherPlan::plan(m_topics, *people, *training, m_today);
    if (plans.isEmpty()) {
        auto* none = new QTreeWidgetItem(m_tree, {tr("No topic has a refresher interval yet.")});
        none->setFlags(Qt::ItemIsEnabled);
        none->setFirstColumnSpanned(true);
    }
    for (const services::TopicRefreshers& plan : plans) {
        auto* topic = new QTreeWidgetItem(m_tree);
        topic->setText(0, tr("%1 — %n due", nullptr, plan.overdueCount()).arg(plan.topic.name));
        QFont bold = topic->font(0);
        bold.setBold(true);
        topic->setFont(0, bold);
        topic->setFirstColumnSpanned(true);
        for (const services::RefresherStanding& s : plan.people) {
            if (!s.overdue) continue;
            auto* person = new QTreeWidgetItem(topic);
            person->setText(0, s.person.name);
            person->setText(1, s.lastCompleted.isValid() ? PharmacyForms::shortDate(s.lastCompleted)
                                                         : tr("never"));
            person->setText(2, s.due.isValid() ? PharmacyForms::shortDate(s.due) : tr("now"));
            person->setForeground(2, QColor(0x9b, 0x1c, 0x1c));
        }
        topic->setExpanded(true);
    }
    m_tree->resizeColumnToContents(1);
    m_tree->resizeColumnToContents(2);
}

void RefreshersPage::showIntervals() {
    m_filling = true;
    m_intervals->setRowCount(0);
    for (const CompetenceTopic& topic : std::as_const(m_topics)) {
        const int row = m_intervals->rowCount();
        m_intervals->insertRow(row);
        auto* name = new QTableWidgetItem(topic.name);
        name->setToolTip(topic.name);
        m_intervals->setItem(row, 0, name);
        auto* spin = new QSpinBox(m_intervals);
        spin->setObjectName(QStringLiteral("refresherMonthsSpinBox%1").arg(topic.id.value));
        spin->setRange(0, 120);
        spin->setSpecialValueText(tr("none"));
        spin->setValue(topic.refresherMonths.value_or(0));
        m_intervals->setCellWidget(row, 1, spin);
        connect(spin, &QSpinBox::valueChanged, this, &RefreshersPage::updateButtons);
    }
    m_filling = false;
    updateButtons();
}

bool RefreshersPage::hasUnsavedChanges() const {
    for (int row = 0; row < m_intervals->rowCount() && row < m_topics.size(); ++row) {
        const auto* spin = qobject_cast<const QSpinBox*>(m_intervals->cellWidget(row, 1));
        if (spin && spin->value() != m_topics.at(row).refresherMonths.value_or(0)) return true;
    }
    return false;
}

void RefreshersPage::updateButtons() {
    if (m_filling) return;
    const bool dirty = hasUnsavedChanges();
    m_revert->setEnabled(dirty);
    if (m_workspace) {
        const auto may = m_workspace->may(services::AccessAction::EditCompetence, m_botilbud);
        gateControl(m_save, may, dirty);
        for (int row = 0; row < m_intervals->rowCount(); ++row)
            if (QWidget* spin = m_intervals->cellWidget(row, 1)) spin->setEnabled(may.allowed);
    }
}

bool RefreshersPage::saveChanges() {
    if (!m_workspace || !hasUnsavedChanges()) return true;
    for (int row = 0; row < m_intervals->rowCount() && row < m_topics.size(); ++row) {
        const auto* spin = qobject_cast<const QSpinBox*>(m_intervals->cellWidget(row, 1));
        const int months = spin ? spin->value() : 0;
        if (months == m_topics.at(row).refresherMonths.value_or(0)) continue;
        auto saved = m_workspace->competence().setRefresherInterval(
            m_botilbud, m_topics.at(row).id, months > 0 ? std::optional<int>(months) : std::nullopt);
        if (!saved) {
            m_dialogs.warning(this, tr("Refreshers"),
                              tr("The interval was not saved:\n%1").arg(saved.error().display()));
            return false;
        }
    }
    load(*m_workspace, m_botilbud);
    emit saved();
    return true;
}

void RefreshersPage::discardChanges() {
    showIntervals();
}

} // namespace medsafe::app
