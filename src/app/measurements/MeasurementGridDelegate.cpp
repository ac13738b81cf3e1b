#include "app/measurements/MeasurementGridDelegate.h"

#include "app/measurements/SetGridValueCommand.h"
#include "models/measurements/MeasurementGridModel.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QRegularExpressionValidator>
#include <QUndoStack>

namespace medsafe::app {

using models::MeasurementGridModel;

MeasurementGridDelegate::MeasurementGridDelegate(QUndoStack& undoStack, QObject* parent)
    : QStyledItemDelegate(parent), m_undoStack(undoStack) {}

QWidget* MeasurementGridDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                               const QModelIndex& index) const {
    auto* editor = new QLineEdit(parent);
    editor->setObjectName(QStringLiteral("cellEditor"));
    editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    editor->setFrame(false);
    // Counts take digits only, so "12,5" or "tolv" cannot even be typed there; other values
    // accept a decimal comma. Cross-field rules (tæller ≤ nævner) are the model's job.
    const bool whole = index.data(MeasurementGridModel::WholeNumberRole).toBool();
    const QRegularExpression pattern(whole ? QStringLiteral("\\d{0,7}") : QStringLiteral("\\d{0,7}([,.]\\d{0,4})?"));
    editor->setValidator(new QRegularExpressionValidator(pattern, editor));
    return editor;
}

void MeasurementGridDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    if (auto* line = qobject_cast<QLineEdit*>(editor)) line->setText(index.data(Qt::EditRole).toString());
}

void MeasurementGridDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const {
    auto* line = qobject_cast<QLineEdit*>(editor);
    if (!line) return;
    const QString text = line->text().trimmed();
    if (text == index.data(Qt::EditRole).toString()) return; // nothing changed: no undo step
    m_undoStack.push(new SetGridValueCommand(model, index, text, Qt::EditRole));
}

bool MeasurementGridDelegate::editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                                          const QModelIndex& index) {
    if (!(index.flags() & Qt::ItemIsUserCheckable)) return QStyledItemDelegate::editorEvent(event, model, option, index);
    // The baseline tick goes through the undo stack too.
    bool toggle = false;
    if (event->type() == QEvent::MouseButtonRelease) {
        toggle = static_cast<QMouseEvent*>(event)->button() == Qt::LeftButton && option.rect.contains(static_cast<QMouseEvent*>(event)->position().toPoint());
    } else if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        toggle = key == Qt::Key_Space || key == Qt::Key_Select;
    } else if (event->type() == QEvent::MouseButtonDblClick) {
        return true; // a double click must not toggle twice
    }
    if (!toggle) return false;
    const bool checked = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    m_undoStack.push(new SetGridValueCommand(model, index, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole));
    return true;
}

void MeasurementGridDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QStyledItemDelegate::paint(painter, option, index);
    if (index.data(MeasurementGridModel::IssueRole).toString().isEmpty()) return;
    painter->save();
    painter->setPen(QPen(QColor(0xc6, 0x28, 0x28), 2));
    painter->drawRect(option.rect.adjusted(1, 1, -1, -1));
    painter->restore();
}

} // namespace medsafe::app
