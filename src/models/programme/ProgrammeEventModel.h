#pragma once

#include "domain/Person.h"
#include "domain/ProgrammeEvent.h"

#include <QAbstractTableModel>
#include <QHash>

namespace medsafe::models {

// The programme's events (læringstræf, PS! visits, pharmacy teaching, other) as a sortable
// table: date, kind with its number, title, participants and whether it took place. Holds a
// snapshot; runs no SQL. GUI thread.
class ProgrammeEventModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DateColumn, KindColumn, TitleColumn, ParticipantsColumn, DoneColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit ProgrammeEventModel(QObject* parent = nullptr);

    void setEvents(const QList<domain::ProgrammeEvent>& events, const QHash<qint64, QString>& personNames);
    const QList<domain::ProgrammeEvent>& events() const { return m_events; }
    const domain::ProgrammeEvent* eventAt(int row) const;
    int rowOf(domain::ProgrammeEventId id) const;
    // "Læringstræf 3", "PS!-besøg 2", "Apotekets undervisning".
    static QString kindText(const domain::ProgrammeEvent& event);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<domain::ProgrammeEvent> m_events;
    QHash<qint64, QString> m_personNames;
};

} // namespace medsafe::models
