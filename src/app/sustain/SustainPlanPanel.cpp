#include "app/sustain/SustainPlanPanel.h"

#include "app/DialogService.h"
#include "app/access/AccessGate.h"
#include "domain/sustain/SustainPlanValidator.h"
#include "services/workspace/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace medsafe::app {

using domain::SustainPlanRow;

namespace {

// The date editor's lowest date stands for "not checked yet".
const QDate kNeverChecked(2000, 1, 1);

QString shortDate(const QDate& date) {
    return QLocale(QLocale::Danish).toString(date, QStringLiteral("d. MMM yyyy"));
}

enum Column { What, Who, Often, Measure, Last, Next, ColumnCount };

} // namespace

SustainPlanPanel::SustainPlanPanel(services::Workspace& workspace, DialogService& dialogs, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_dialogs(dialogs) {
    setObjectName(QStringLiteral("sustainPlanPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("planHeadingLabel"));
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("sustainPlanTable"));
    m_table->setHorizontalHeaderLabels({tr("What is checked"), tr("Who"), tr("How often"), tr("Measure"),
                                        tr("Last checked"), tr("Next check")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(What, QHeaderView::Stretch);
    for (int c = Who; c < ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    auto* form = new QGridLayout;
    form->setHorizontalSpacing(8);
    form->setVerticalSpacing(4);
    auto label = [this, form](const QString& text, QWidget* field, int row, int column, int span = 1) {
        auto* l = new QLabel(text, this);
        l->setBuddy(field);
        form->addWidget(l, row, column);
        form->addWidget(field, row, column + 1, 1, span);
    };
    m_what = new QLineEdit(this);
    m_what->setObjectName(QStringLiteral("whatCheckedEdit"));
    m_what->setPlaceholderText(tr("e.g. a sample of ten dose boxes: is the double check signed?"));
    label(tr("What is checked:"), m_what, 0, 0, 3);
    m_who = new QComboBox(this);
    m_who->setObjectName(QStringLiteral("responsibleCombo"));
    label(tr("Who checks:"), m_who, 1, 0);
    m_frequency = new QComboBox(this);
    m_frequency->setObjectName(QStringLiteral("frequencyCombo"));
    for (const domain::CheckFrequency f : domain::allValues<domain::CheckFrequency>())
        m_frequency->addItem(domain::SustainPlanValidator::frequencyLabel(f), static_cast<int>(f));
    label(tr("How often:"), m_frequency, 1, 2);
    m_measure = new QComboBox(this);
    m_measure->setObjectName(QStringLiteral("planMeasureCombo"));
    label(tr("Measure:"), m_measure, 2, 0);
    m_lastChecked = new QDateEdit(this);
    m_lastChecked->setObjectName(QStringLiteral("lastCheckedEdit"));
    m_lastChecked->setCalendarPopup(true);
    m_lastChecked->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_lastChecked->setMinimumDate(kNeverChecked);
    m_lastChecked->setSpecialValueText(tr("Not checked yet"));
    label(tr("Last checked:"), m_lastChecked, 2, 2);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("planNoteEdit"));
    label(tr("Note:"), m_note, 3, 0, 3);
    form->setColumnStretch(1, 1);
    form->setColumnStretch(3, 1);
    layout->addLayout(form);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("planProblemLabel"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("QLabel { color: #b02a1e; }"));
    m_problems->hide();
    layout->addWidget(m_problems);

    auto* buttons = new QHBoxLayout;
    auto button = [this, buttons](const QString& text, const char* name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        buttons->addWidget(b);
        return b;
    };
    m_newButton = button(tr("New check"), "newPlanRowButton");
    buttons->addStretch(1);
    m_checkedButton = button(tr("Checked today"), "checkedTodayButton");
    m_removeButton = button(tr("Delete"), "removePlanRowButton");
    m_saveButton = button(tr("Save"), "savePlanRowButton");
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::currentCellChanged, this, [this] { showRow(); });
    connect(m_newButton, &QPushButton::clicked, this, &SustainPlanPanel::newRow);
    connect(m_saveButton, &QPushButton::clicked, this, &SustainPlanPanel::saveRow);
    connect(m_checkedButton, &QPushButton::clicked, this, &SustainPlanPanel::checkedToday);
    connect(m_removeButton, &QPushButton::clicked, this, &SustainPlanPanel::removeRow);
    showChange({}, nullptr, {});
}

QString SustainPlanPanel::dueText(const SustainPlanRow& row) const {
    const QDate due = row.nextDue();
    if (!due.isValid()) return tr("Now — not checked yet");
    if (row.overdueOn(m_today)) return tr("%1 — overdue").arg(shortDate(due));
    return shortDate(due);
}

void SustainPlanPanel::showChange(domain::BotilbudId botilbud, const services::SustainedChange* change,
                                  const services::DashboardData& data) {
    // Read again for the same change (after a save): the row being edited stays selected.
    const domain::ChangeIdeaId next = change ? change->change.idea.id : domain::ChangeIdeaId{};
    const domain::SustainPlanId keep =
        next == m_change && botilbud == m_botilbud ? m_editing.id : domain::SustainPlanId{};
    m_botilbud = botilbud;
    m_change = next;
    m_heading->setText(change ? tr("Who keeps »%1« going: what is checked, by whom and how often.")
                                    .arg(change->change.idea.title)
                              : tr("Choose an adopted change on the left to see its sustain plan."));
    m_people.clear();
    if (botilbud.isValid()) {
        if (auto people = m_workspace.organisation().people(botilbud, /*activeOnly=*/true))
            m_people = *people;
    }
    {
        const QSignalBlocker blockWho(m_who);
        const QSignalBlocker blockMeasure(m_measure);
        m_who->clear();
        m_who->addItem(tr("(choose)"), QVariant());
        for (const domain::Person& p : m_people)
            m_who->addItem(p.name, p.id.value);
        m_measure->clear();
        m_measure->addItem(tr("(none)"), QVariant());
        for (const services::MeasureChart& chart : data.charts)
            m_measure->addItem(chart.measure.name, chart.measure.id.value);
    }
    reloadRows(keep);
}

void SustainPlanPanel::reloadRows(domain::SustainPlanId select) {
    m_rows.clear();
    if (m_change.isValid()) {
        auto rows = m_workspace.sustain().plan(m_botilbud, m_change);
        if (rows) m_rows = *rows;
    }
    const QSignalBlocker block(m_table);
    m_table->setRowCount(static_cast<int>(m_rows.size()));
    int selectRow = -1;
    for (int r = 0; r < m_rows.size(); ++r) {
        const SustainPlanRow& row = m_rows[r];
        QString who = tr("(nobody)");
        for (const domain::Person& p : m_people)
            if (row.responsibleId && p.id == *row.responsibleId) who = p.name;
        QString measure;
        for (int i = 1; i < m_measure->count(); ++i)
            if (row.measureId && m_measure->itemData(i).toLongLong() == row.measureId->value)
                measure = m_measure->itemText(i);
        const QStringList cells{row.whatChecked,
                                who,
                                domain::SustainPlanValidator::frequencyLabel(row.frequency),
                                measure,
                                row.lastCheckedOn.isValid() ? shortDate(row.lastCheckedOn) : tr("never"),
                                dueText(row)};
        const bool overdue = row.overdueOn(m_today);
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            if (overdue) item->setBackground(QColor(0xfd, 0xec, 0xea));
            m_table->setItem(r, c, item);
        }
        if (row.id == select) selectRow = r;
    }
    m_table->setCurrentCell(selectRow >= 0 ? selectRow : (m_rows.isEmpty() ? -1 : 0), 0);
    showRow();
}

void SustainPlanPanel::showRow() {
    const int r = m_table->currentRow();
    m_editing = r >= 0 && r < m_rows.size() ? m_rows[r] : SustainPlanRow{};
    m_editing.botilbudId = m_botilbud;
    m_editing.changeIdeaId = m_change;
    m_what->setText(m_editing.whatChecked);
    const int who = m_editing.responsibleId ? m_who->findData(m_editing.responsibleId->value) : 0;
    m_who->setCurrentIndex(std::max(0, who));
    m_frequency->setCurrentIndex(std::max(0, m_frequency->findData(static_cast<int>(m_editing.frequency))));
    const int measure = m_editing.measureId ? m_measure->findData(m_editing.measureId->value) : 0;
    m_measure->setCurrentIndex(std::max(0, measure));
    m_lastChecked->setMaximumDate(m_today);
    m_lastChecked->setDate(m_editing.lastCheckedOn.isValid() ? m_editing.lastCheckedOn : kNeverChecked);
    m_note->setText(m_editing.note);
    m_problems->hide();
    updateGates();
}

void SustainPlanPanel::updateGates() {
    const auto decision = m_workspace.may(services::AccessAction::EditImprovement, m_botilbud);
    const bool change = m_change.isValid();
    const bool stored = m_editing.id.isValid();
    gateControl(m_newButton, decision, change);
    gateControl(m_saveButton, decision, change);
    gateControl(m_checkedButton, decision, change && stored);
    gateControl(m_removeButton, decision, change && stored);
    for (QWidget* field :
         std::initializer_list<QWidget*>{m_what, m_who, m_frequency, m_measure, m_lastChecked, m_note})
        field->setEnabled(change);
}

void SustainPlanPanel::newRow() {
    const QSignalBlocker block(m_table);
    m_table->setCurrentCell(-1, 0);
    m_table->clearSelection();
    showRow();
    m_what->setFocus();
}

SustainPlanRow SustainPlanPanel::rowFromForm() const {
    SustainPlanRow row = m_editing;
    row.whatChecked = m_what->text();
    const QVariant who = m_who->currentData();
    row.responsibleId = who.isValid() ? std::optional(domain::PersonId{who.toLongLong()}) : std::nullopt;
    row.frequency = static_cast<domain::CheckFrequency>(m_frequency->currentData().toInt());
    const QVariant measure = m_measure->currentData();
    row.measureId = measure.isValid() ? std::optional(domain::MeasureId{measure.toLongLong()}) : std::nullopt;
    row.lastCheckedOn = m_lastChecked->date() == kNeverChecked ? QDate() : m_lastChecked->date();
    row.note = m_note->text();
    return row;
}

// Shows a refusal; a conflict also reads the rows again. True when it went through.
bool SustainPlanPanel::report(const Status& status) {
    if (status) return true;
    const QString text =
        status.error().userMessage.isEmpty() ? status.error().message : status.error().userMessage;
    if (status.error().conflict) {
        m_dialogs.warning(this, tr("Saved by someone else"),
                          tr("Someone else changed this check after you opened it. It has been read again; "
                             "make your change once more.\n\n%1")
                              .arg(text));
        reloadRows(m_editing.id);
        return false;
    }
    m_problems->setText(text);
    m_problems->show();
    return false;
}

void SustainPlanPanel::saveRow() {
    const SustainPlanRow row = rowFromForm();
    const auto issues = services::SustainService::check(row, m_today);
    if (!issues.isEmpty()) {
        QStringList lines;
        for (const auto& issue : issues)
            lines << issue.message;
        m_problems->setText(lines.join(QLatin1Char('\n')));
        m_problems->show();
        return;
    }
    auto id = m_workspace.sustain().saveRow(row, m_today);
    if (!report(id ? success() : Status(id.error()))) return;
    reloadRows(*id);
    emit saved();
}

void SustainPlanPanel::checkedToday() {
    if (!m_editing.id.isValid()) return;
    if (!report(m_workspace.sustain().markChecked(m_editing, m_today))) return;
    reloadRows(m_editing.id);
    emit saved();
}

void SustainPlanPanel::removeRow() {
    if (!m_editing.id.isValid()) return;
    if (!m_dialogs.question(this, tr("Delete the check"),
                            tr("Delete »%1« from the sustain plan?").arg(m_editing.whatChecked)))
        return;
    if (!report(m_workspace.sustain().removeRow(m_editing))) return;
    reloadRows();
    emit saved();
}

} // namespace medsafe::app
