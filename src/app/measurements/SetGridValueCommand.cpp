#include "app/measurements/SetGridValueCommand.h"

#include <QAbstractItemModel>

namespace medsafe::app {

SetGridValueCommand::SetGridValueCommand(QAbstractItemModel* model, const QModelIndex& index, const QVariant& newValue,
                                         int role)
    : m_model(model), m_index(index), m_oldValue(index.data(role)), m_newValue(newValue), m_role(role) {
    setText(tr("Change %1").arg(model->headerData(index.row(), Qt::Vertical).toString()));
}

void SetGridValueCommand::undo() {
    if (m_index.isValid()) m_model->setData(m_index, m_oldValue, m_role);
}

void SetGridValueCommand::redo() {
    if (m_index.isValid()) m_model->setData(m_index, m_newValue, m_role);
}

} // namespace medsafe::app
