#include "app/programme/CompetenceLevelDelegate.h"

#include <QComboBox>

namespace medsafe::app {

QString CompetenceLevelDelegate::levelText(int level) {
    switch (level) {
    case 1: return tr("1 – new to it");
    case 2: return tr("2 – knows a little");
    case 3: return tr("3 – can do it alone");
    case 4: return tr("4 – can teach others");
    default: return {};
    }
}

QWidget* CompetenceLevelDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const {
    auto* editor = new QComboBox(parent);
    editor->setObjectName(QStringLiteral("levelComboBox"));
    for (int level = 1; level <= 4; ++level) editor->addItem(levelText(level), level);
    return editor;
}

void CompetenceLevelDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo) return;
    const int level = index.data(Qt::EditRole).toInt();
    combo->setCurrentIndex(level >= 1 && level <= 4 ? level - 1 : 0);
}

void CompetenceLevelDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const {
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo) return;
    const int level = combo->currentData().toInt();
    if (level != index.data(Qt::EditRole).toInt()) model->setData(index, level, Qt::EditRole);
}

} // namespace medsafe::app
