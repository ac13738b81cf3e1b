#pragma once

#include <QStyledItemDelegate>

namespace medsafe::app {

// Edits a cell of the competence matrix with a list of the four levels, so a person picks
// "3 – kan selv" rather than typing a number that might be out of range. GUI thread.
class CompetenceLevelDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    static QString levelText(int level);
};

} // namespace medsafe::app
