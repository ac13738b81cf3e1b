#pragma once

#include <QCoreApplication>
#include <QPersistentModelIndex>
#include <QUndoCommand>
#include <QVariant>

class QAbstractItemModel;

namespace medsafe::app {

// One edit of the Målinger grid (a typed value or a baseline tick) that Ctrl+Z takes back.
// Stores the cell's value before and after, as the model's own role reads and takes it.
// GUI thread.
class SetGridValueCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SetGridValueCommand)
public:
    SetGridValueCommand(QAbstractItemModel* model, const QModelIndex& index, const QVariant& newValue, int role);

    void undo() override;
    void redo() override;

private:
    QAbstractItemModel* m_model;
    QPersistentModelIndex m_index;
    QVariant m_oldValue;
    QVariant m_newValue;
    int m_role;
};

} // namespace medsafe::app
