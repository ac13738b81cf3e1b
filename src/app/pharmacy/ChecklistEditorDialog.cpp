#include "app/pharmacy/ChecklistEditorDialog.h"

#include "app/pharmacy/PharmacyForms.h"
#include "domain/pharmacy/PharmacyLabels.h"
#include "domain/pharmacy/PharmacyValidator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace medsafe::app {

using namespace medsafe::domain;

ChecklistEditorDialog::ChecklistEditorDialog(const QList<QaChecklistItem>& items, QWidget* parent)
    : QDialog(parent), m_table(new QTableWidget(this)) {
    setObjectName(QStringLiteral("checklistEditorDialog"));
    setWindowTitle(tr("Checklist for quality assurance"));
    auto* intro =
        new QLabel(tr("The items the pharmacy checks, by area. Saving makes a new version of the checklist: "
                      "visits already made keep the version they used."),
                   this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("checklistItemTable"));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Area"), tr("Item")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    for (const QaChecklistItem& item : items)
        addItem(item.area, item.text);

    auto* add = PharmacyForms::button(tr("Add item"), this, QStringLiteral("addChecklistItemButton"));
    auto* remove = PharmacyForms::button(tr("Remove"), this, QStringLiteral("removeChecklistItemButton"));
    auto* up = PharmacyForms::button(tr("Move up"), this, QStringLiteral("moveUpChecklistItemButton"));
    auto* down = PharmacyForms::button(tr("Move down"), this, QStringLiteral("moveDownChecklistItemButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        const QaArea area =
            row >= 0 ? static_cast<QaArea>(
                           qobject_cast<QComboBox*>(m_table->cellWidget(row, 0))->currentData().toInt())
                     : QaArea::Storage;
        addItem(area, QString());
        m_table->setCurrentCell(m_table->rowCount() - 1, 1);
        if (auto* edit = qobject_cast<QLineEdit*>(m_table->cellWidget(m_table->rowCount() - 1, 1)))
            edit->setFocus();
    });
    connect(remove, &QPushButton::clicked, this, [this] { removeRow(m_table->currentRow()); });
    connect(up, &QPushButton::clicked, this, [this] { moveRow(m_table->currentRow(), -1); });
    connect(down, &QPushButton::clicked, this, [this] { moveRow(m_table->currentRow(), 1); });
    auto* rowButtons = new QHBoxLayout;
    for (QPushButton* b : {add, remove, up, down})
        rowButtons->addWidget(b);
    rowButtons->addStretch();

    m_problem = PharmacyForms::problemLabel(this, QStringLiteral("checklistProblemLabel"));
    auto* box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    box->button(QDialogButtonBox::Save)->setText(tr("Save as new version"));
    connect(box, &QDialogButtonBox::accepted, this, &ChecklistEditorDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_problem);
    layout->addWidget(box);
    resize(760, 560);
}

void ChecklistEditorDialog::setRow(int row, QaArea area, const QString& text) {
    auto* areaBox = new QComboBox(m_table);
    for (QaArea a : allValues<QaArea>())
        areaBox->addItem(PharmacyLabels::label(a), static_cast<int>(a));
    areaBox->setCurrentIndex(areaBox->findData(static_cast<int>(area)));
    auto* edit = new QLineEdit(text, m_table);
    edit->setFrame(false);
    m_table->setCellWidget(row, 0, areaBox);
    m_table->setCellWidget(row, 1, edit);
}

void ChecklistEditorDialog::addItem(QaArea area, const QString& text) {
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    setRow(row, area, text);
}

void ChecklistEditorDialog::removeRow(int row) {
    if (row >= 0 && row < m_table->rowCount()) m_table->removeRow(row);
}

void ChecklistEditorDialog::moveRow(int row, int by) {
    const int target = row + by;
    if (row < 0 || target < 0 || target >= m_table->rowCount()) return;
    const QList<QaChecklistItem> list = items();
    setRow(row, list.at(target).area, list.at(target).text);
    setRow(target, list.at(row).area, list.at(row).text);
    m_table->setCurrentCell(target, 1);
}

QList<QaChecklistItem> ChecklistEditorDialog::items() const {
    QList<QaChecklistItem> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto* area = qobject_cast<QComboBox*>(m_table->cellWidget(row, 0));
        const auto* text = qobject_cast<QLineEdit*>(m_table->cellWidget(row, 1));
        list << QaChecklistItem{{}, static_cast<QaArea>(area->currentData().toInt()), text->text().trimmed()};
    }
    return list;
}

void ChecklistEditorDialog::accept() {
    QaChecklist candidate{{}, BotilbudId{1}, 0, {}, items()};
    const auto issues = PharmacyValidator::validate(candidate);
    if (!issues.isEmpty()) {
        m_problem->setText(issues.first().message);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace medsafe::app
