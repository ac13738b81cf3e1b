#include "app/spread/SpreadMatrixPage.h"

#include "app/DialogService.h"
#include "app/access/AccessGate.h"
#include "charts/ChartNumberFormat.h"
#include "logging/Logging.h"
#include "services/workspace/Workspace.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace medsafe::app {

using services::SpreadStatus;
using services::SpreadStatusRule;

namespace {

constexpr int kRowRole = Qt::UserRole + 1;
constexpr int kColumnRole = Qt::UserRole + 2;

// Pale backgrounds repeating the symbol; the text carries the status on its own.
QColor background(SpreadStatus status) {
    switch (status) {
    case SpreadStatus::Adopted:
        return QColor(0xdc, 0xef, 0xdc);
    case SpreadStatus::Testing:
        return QColor(0xff, 0xf0, 0xc8);
    case SpreadStatus::Abandoned:
        return QColor(0xee, 0xe4, 0xe4);
    case SpreadStatus::NotStarted:
        break;
    }
    return QColor(Qt::white);
}

QDate firstOfMonth(const QDate& date) {
    return QDate(date.year(), date.month(), 1);
}

} // namespace

QString SpreadMatrixPage::cellText(const services::SpreadCell& cell) {
    QString text =
        SpreadStatusRule::symbol(cell.status) + QLatin1Char(' ') + SpreadStatusRule::label(cell.status);
    if (cell.plan)
        text += QLatin1Char('\n') +
                tr("planned %1").arg(charts::ChartNumberFormat::month(cell.plan->plannedMonth));
    return text;
}

SpreadMatrixPage::SpreadMatrixPage(services::Workspace& workspace, DialogService& dialogs, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_dialogs(dialogs) {
    setObjectName(QStringLiteral("spreadMatrixPage"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("matrixSearchEdit"));
    m_search->setPlaceholderText(tr("Search changes…"));
    m_search->setClearButtonEnabled(true);
    top->addWidget(m_search, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("matrixCountLabel"));
    top->addWidget(m_count);
    top->addStretch(1);
    auto* legend = new QLabel(QStringLiteral("%1 %2 · %3 %4 · %5 %6 · %7 %8")
                                  .arg(SpreadStatusRule::symbol(SpreadStatus::Adopted),
                                       SpreadStatusRule::label(SpreadStatus::Adopted),
                                       SpreadStatusRule::symbol(SpreadStatus::Testing),
                                       SpreadStatusRule::label(SpreadStatus::Testing),
                                       SpreadStatusRule::symbol(SpreadStatus::Abandoned),
                                       SpreadStatusRule::label(SpreadStatus::Abandoned),
                                       SpreadStatusRule::symbol(SpreadStatus::NotStarted),
                                       SpreadStatusRule::label(SpreadStatus::NotStarted)),
                              this);
    legend->setObjectName(QStringLiteral("matrixLegendLabel"));
    top->addWidget(legend);
    layout->addLayout(top);
    auto* source = new QLabel(
        tr("From each botilbud's latest monthly report package (or its own data in this database)."), this);
    source->setWordWrap(true);
    layout->addWidget(source);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("spreadMatrixTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setMinimumWidth(200);
    m_table->verticalHeader()->setMaximumWidth(420);
    m_table->horizontalHeader()->setDefaultSectionSize(130);
    m_table->horizontalHeader()->setMinimumSectionSize(110);
    layout->addWidget(m_table, 1);

    auto* planBox = new QGroupBox(tr("Spread plan agreed with PS!"), this);
    auto* planLayout = new QVBoxLayout(planBox);
    m_planTitle = new QLabel(tr("Choose a cell: a change and a botilbud."), planBox);
    m_planTitle->setObjectName(QStringLiteral("planTitleLabel"));
    m_planTitle->setWordWrap(true);
    planLayout->addWidget(m_planTitle);
    auto* fields = new QHBoxLayout;
    fields->addWidget(new QLabel(tr("Planned month:"), planBox));
    m_month = new QDateEdit(planBox);
    m_month->setObjectName(QStringLiteral("plannedMonthEdit"));
    m_month->setDisplayFormat(QStringLiteral("MM.yyyy"));
    m_month->setCalendarPopup(true);
    fields->addWidget(m_month);
    fields->addWidget(new QLabel(tr("Note:"), planBox));
    m_note = new QLineEdit(planBox);
    m_note->setObjectName(QStringLiteral("planNoteEdit"));
    m_note->setPlaceholderText(tr("For example: agreed at learning session 3"));
    fields->addWidget(m_note, 1);
    m_save = new QPushButton(tr("Save plan"), planBox);
    m_save->setObjectName(QStringLiteral("savePlanButton"));
    m_remove = new QPushButton(tr("Remove plan"), planBox);
    m_remove->setObjectName(QStringLiteral("removePlanButton"));
    fields->addWidget(m_save);
    fields->addWidget(m_remove);
    planLayout->addLayout(fields);
    m_message = new QLabel(planBox);
    m_message->setObjectName(QStringLiteral("planMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->hide();
    planLayout->addWidget(m_message);
    layout->addWidget(planBox);

    connect(m_search, &QLineEdit::textChanged, this, &SpreadMatrixPage::applyFilter);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SpreadMatrixPage::showCell);
    connect(m_save, &QPushButton::clicked, this, &SpreadMatrixPage::savePlan);
    connect(m_remove, &QPushButton::clicked, this, &SpreadMatrixPage::removePlan);
    connect(&m_workspace, &services::Workspace::databaseReplaced, this, [this] {
        if (isVisible()) reload();
    });
    showCell();
}

void SpreadMatrixPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    reload();
}

void SpreadMatrixPage::reload() {
    QString selectedKey;
    domain::BotilbudId selectedBotilbud;
    int column = -1;
    if (const services::SpreadRow* row = selectedRow(&column)) {
        selectedKey = row->key;
        selectedBotilbud = m_matrix.columns[column].botilbud.id;
    }
    auto matrix = m_workspace.spreadMatrix().matrix();
    if (!matrix) {
        logging::get("spread")->error("could not compute the spread matrix: {}",
                                      matrix.error().message.toStdString());
        m_matrix = {};
    } else {
        m_matrix = std::move(matrix).value();
    }
    m_table->clear();
    m_table->setColumnCount(static_cast<int>(m_matrix.columns.size()));
    m_table->setRowCount(static_cast<int>(m_matrix.rows.size()));
    for (int c = 0; c < m_matrix.columns.size(); ++c) {
        const domain::Botilbud& b = m_matrix.columns[c].botilbud;
        auto* header = new QTableWidgetItem(b.name);
        const QDate month = m_matrix.columns[c].reportMonth;
        header->setToolTip(month.isValid()
                               ? tr("%1 (%2), report of %3")
                                     .arg(b.name, b.municipality, charts::ChartNumberFormat::month(month))
                               : tr("%1 (%2), this database").arg(b.name, b.municipality));
        m_table->setHorizontalHeaderItem(c, header);
    }
    for (int r = 0; r < m_matrix.rows.size(); ++r) {
        const services::SpreadRow& row = m_matrix.rows[r];
        auto* header = new QTableWidgetItem(row.title);
        header->setToolTip(
            tr("%1: adopted in %2, being tested in %3").arg(row.title).arg(row.adopted).arg(row.testing));
        m_table->setVerticalHeaderItem(r, header);
        for (int c = 0; c < row.cells.size(); ++c) {
            const services::SpreadCell& cell = row.cells[c];
            auto* item = new QTableWidgetItem(cellText(cell));
            item->setData(kRowRole, r);
            item->setData(kColumnRole, c);
            item->setBackground(background(cell.status));
            // A botilbud without the idea reads lighter; the tooltip says why.
            item->setForeground(cell.hasIdea || cell.plan ? QColor(Qt::black) : QColor(0x6b, 0x6b, 0x6b));
            QString tip =
                QStringLiteral("%1 — %2: %3")
                    .arg(row.title, m_matrix.columns[c].botilbud.name, SpreadStatusRule::label(cell.status));
            if (!cell.hasIdea) tip += QLatin1Char('\n') + tr("The botilbud does not have the change idea.");
            if (cell.plan && !cell.plan->note.isEmpty()) tip += QLatin1Char('\n') + cell.plan->note;
            item->setToolTip(tip);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    applyFilter();
    if (!selectedKey.isEmpty()) selectCell(selectedKey, selectedBotilbud);
    showCell();
}

void SpreadMatrixPage::applyFilter() {
    const QString text = m_search->text().trimmed();
    int shown = 0;
    for (int r = 0; r < m_matrix.rows.size(); ++r) {
        const bool visible = text.isEmpty() || m_matrix.rows[r].title.contains(text, Qt::CaseInsensitive);
        m_table->setRowHidden(r, !visible);
        shown += visible ? 1 : 0;
    }
    m_count->setText(tr("%n change(s)", nullptr, shown) + QStringLiteral(" · ") +
                     tr("%n botilbud", nullptr, static_cast<int>(m_matrix.columns.size())));
}

const services::SpreadRow* SpreadMatrixPage::selectedRow(int* column) const {
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty()) return nullptr;
    const int r = selected.constFirst()->data(kRowRole).toInt();
    const int c = selected.constFirst()->data(kColumnRole).toInt();
    if (r < 0 || r >= m_matrix.rows.size() || c < 0 || c >= m_matrix.columns.size()) return nullptr;
    if (column) *column = c;
    return &m_matrix.rows[r];
}

bool SpreadMatrixPage::selectCell(const QString& rowKey, domain::BotilbudId botilbud) {
    const int c = m_matrix.column(botilbud);
    for (int r = 0; r < m_matrix.rows.size() && c >= 0; ++r) {
        if (m_matrix.rows[r].key != rowKey) continue;
        m_table->setCurrentCell(r, c);
        return true;
    }
    return false;
}

void SpreadMatrixPage::showCell() {
    m_message->hide();
    int column = -1;
    const services::SpreadRow* row = selectedRow(&column);
    if (!row) {
        m_planTitle->setText(tr("Choose a cell: a change and a botilbud."));
        m_month->setDate(firstOfMonth(QDate::currentDate().addMonths(1)));
        m_note->clear();
        for (QWidget* w : {static_cast<QWidget*>(m_month), static_cast<QWidget*>(m_note),
                           static_cast<QWidget*>(m_save), static_cast<QWidget*>(m_remove)})
            w->setEnabled(false);
        return;
    }
    const services::SpreadCell& cell = row->cells[column];
    const domain::Botilbud& botilbud = m_matrix.columns[column].botilbud;
    m_planTitle->setText(
        tr("\"%1\" at %2: %3").arg(row->title, botilbud.name, SpreadStatusRule::label(cell.status)));
    m_month->setDate(cell.plan ? cell.plan->plannedMonth : firstOfMonth(QDate::currentDate().addMonths(1)));
    m_note->setText(cell.plan ? cell.plan->note : QString());
    const auto decision = m_workspace.may(services::AccessAction::EditSpreadPlan, botilbud.id);
    gateControl(m_month, decision);
    gateControl(m_note, decision);
    gateControl(m_save, decision);
    gateControl(m_remove, decision, cell.plan.has_value());
}

void SpreadMatrixPage::savePlan() {
    int column = -1;
    const services::SpreadRow* row = selectedRow(&column);
    if (!row) return;
    const services::SpreadCell& cell = row->cells[column];
    domain::SpreadPlanEntry entry = cell.plan.value_or(domain::SpreadPlanEntry{});
    entry.botilbudId = m_matrix.columns[column].botilbud.id;
    entry.spreadKey = row->key; // a change never spread is planned under its title key
    entry.changeTitle = row->title;
    entry.plannedMonth = firstOfMonth(m_month->date());
    entry.note = m_note->text();
    const QString key = row->key;
    const domain::BotilbudId botilbud = entry.botilbudId;
    if (const auto issues = services::SpreadPlanService::check(entry, QDate::currentDate());
        !issues.isEmpty()) {
        QStringList lines;
        for (const domain::ValidationIssue& issue : issues)
            lines << issue.message;
        m_message->setText(lines.join(QLatin1Char('\n')));
        m_message->show();
        return;
    }
    auto saved = m_workspace.spreadPlan().save(entry);
    if (!saved) {
        if (saved.error().conflict) {
            m_dialogs.warning(
                this, tr("Spread plan"),
                tr("Someone else changed this plan meanwhile. It is shown again as it is now."));
            reload();
            return;
        }
        m_message->setText(saved.error().display());
        m_message->show();
        return;
    }
    m_workspace.noteSaved();
    reload();
    selectCell(key, botilbud);
}

void SpreadMatrixPage::removePlan() {
    int column = -1;
    const services::SpreadRow* row = selectedRow(&column);
    if (!row || !row->cells[column].plan) return;
    const QString key = row->key;
    const domain::BotilbudId botilbud = m_matrix.columns[column].botilbud.id;
    if (!m_dialogs.question(this, tr("Spread plan"),
                            tr("Remove the planned month for \"%1\" at %2?")
                                .arg(row->title, m_matrix.columns[column].botilbud.name)))
        return;
    if (auto removed = m_workspace.spreadPlan().remove(*row->cells[column].plan); !removed) {
        m_message->setText(removed.error().display());
        m_message->show();
        return;
    }
    m_workspace.noteSaved();
    reload();
    selectCell(key, botilbud);
}

} // namespace medsafe::app
