#include "app/pharmacy/ChecklistGrid.h"

#include "domain/pharmacy/PharmacyLabels.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>

namespace medsafe::app {

using namespace medsafe::domain;

namespace {
constexpr int kNotAnswered = -1;
}

ChecklistGrid::ChecklistGrid(QWidget* parent) : QTableWidget(parent) {
    setObjectName(QStringLiteral("checklistGrid"));
    setColumnCount(3);
    setHorizontalHeaderLabels({tr("Checklist item"), tr("Answer"), tr("Note")});
    verticalHeader()->hide();
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(true);
    horizontalHeader()->setSectionResizeMode(ItemColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(AnswerColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
}

void ChecklistGrid::show(const QaChecklist& checklist, const QList<QaAnswer>& answers) {
    clearContents();
    m_rows.clear();
    setRowCount(0);
    std::optional<QaArea> area;
    for (const QaChecklistItem& item : checklist.items) {
        if (!area || *area != item.area) {
            area = item.area;
            const int heading = rowCount();
            insertRow(heading);
            auto* cell = new QTableWidgetItem(PharmacyLabels::label(item.area));
            QFont bold = cell->font();
            bold.setBold(true);
            cell->setFont(bold);
            cell->setBackground(palette().alternateBase());
            setItem(heading, ItemColumn, cell);
            setSpan(heading, ItemColumn, 1, 3);
        }
        const int row = rowCount();
        insertRow(row);
        auto* text = new QTableWidgetItem(item.text);
        text->setToolTip(item.text);
        setItem(row, ItemColumn, text);
        auto* box = new QComboBox(this);
        box->setObjectName(QStringLiteral("answerComboBox%1").arg(item.id.value));
        box->addItem(tr("Not answered"), kNotAnswered);
        for (QaResult result : allValues<QaResult>())
            box->addItem(PharmacyLabels::label(result), static_cast<int>(result));
        auto* note = new QLineEdit(this);
        note->setObjectName(QStringLiteral("answerNoteLineEdit%1").arg(item.id.value));
        note->setFrame(false);
        const QaAnswer* answer = nullptr;
        for (const QaAnswer& a : answers)
            if (a.itemId == item.id) answer = &a;
        box->setCurrentIndex(answer ? box->findData(static_cast<int>(answer->result)) : 0);
        if (answer) note->setText(answer->note);
        setCellWidget(row, AnswerColumn, box);
        setCellWidget(row, NoteColumn, note);
        connect(box, &QComboBox::currentIndexChanged, this, &ChecklistGrid::changed);
        connect(note, &QLineEdit::textChanged, this, &ChecklistGrid::changed);
        m_rows << Row{item.id, box, note};
    }
    resizeRowsToContents();
}

QList<QaAnswer> ChecklistGrid::answers() const {
    QList<QaAnswer> list;
    for (const Row& row : m_rows) {
        const int value = row.answer->currentData().toInt();
        if (value == kNotAnswered) continue;
        list << QaAnswer{row.item, static_cast<QaResult>(value), row.note->text().trimmed()};
    }
    return list;
}

QComboBox* ChecklistGrid::answerBox(QaChecklistItemId item) const {
    for (const Row& row : m_rows)
        if (row.item == item) return row.answer;
    return nullptr;
}

QLineEdit* ChecklistGrid::noteEdit(QaChecklistItemId item) const {
    for (const Row& row : m_rows)
        if (row.item == item) return row.note;
    return nullptr;
}

void ChecklistGrid::setEditable(bool editable) {
    for (const Row& row : m_rows) {
        row.answer->setEnabled(editable);
        row.note->setReadOnly(!editable);
    }
}

} // namespace medsafe::app
