#pragma once

#include <QStyledItemDelegate>

class QUndoStack;

namespace medsafe::app {

// Edits one cell of the Målinger grid: a right-aligned line editor that takes digits only in
// whole-number columns (counts), and hands the typed text to the undo stack as a command rather
// than straight to the model, so every edit and baseline tick can be undone. Cells with a
// problem get a red frame. GUI thread.
class MeasurementGridDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    MeasurementGridDelegate(QUndoStack& undoStack, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;

private:
    QUndoStack& m_undoStack;
};

} // namespace medsafe::app
