#pragma once

#include "domain/ChecklistItem.h"

#include <QAbstractListModel>
#include <QList>
#include <QStringList>

namespace medsafe::models {

// The start-up checklist of phase 1 as checkable rows ("Arbejdsgangsanalyse — udført 3. marts
// 2021"). Ticking a row changes the snapshot and emits itemChanged so the view can write it;
// rows ticked automatically from the start-up work say so ("(automatisk)", and why on hover).
// The model itself runs no SQL. GUI thread.
class ChecklistModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { KindRole = Qt::UserRole + 1, DoneDateRole };

    explicit ChecklistModel(QObject* parent = nullptr);

    // `automaticReasons` beside the items: for an item ticked from the data (the workflow
    // analysis, guidelines, delegations, the competence survey) why; empty for the others. An
    // automatic tick cannot be cleared by hand (the data says it is done).
    void setItems(const QList<domain::ChecklistItem>& items, const QStringList& automaticReasons = {});
    bool isAutomatic(int row) const;
    const QList<domain::ChecklistItem>& items() const { return m_items; }
    int doneCount() const;
    // The date a ticked item is marked done with; tests set it to stay independent of the clock.
    void setToday(const QDate& today) { m_today = today; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    void itemChanged(const medsafe::domain::ChecklistItem& item);

private:
    QList<domain::ChecklistItem> m_items;
    QStringList m_automatic;
    QDate m_today;
};

} // namespace medsafe::models
