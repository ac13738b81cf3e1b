#include "models/programme/ProgrammeEventModel.h"

#include "domain/DomainLabels.h"

#include <QColor>
#include <QLocale>
#include <QStringList>

namespace medsafe::models {

ProgrammeEventModel::ProgrammeEventModel(QObject* parent) : QAbstractTableModel(parent) {}

void ProgrammeEventModel::setEvents(const QList<domain::ProgrammeEvent>& events,
                                    const QHash<qint64, QString>& personNames) {
    beginResetModel();
    m_events = events;
    m_personNames = personNames;
    endResetModel();
}

const domain::ProgrammeEvent* ProgrammeEventModel::eventAt(int row) const {
    return row >= 0 && row < m_events.size() ? &m_events.at(row) : nullptr;
}

int ProgrammeEventModel::rowOf(domain::ProgrammeEventId id) const {
    for (int row = 0; row < m_events.size(); ++row)
        if (m_events.at(row).id == id) return row;
    return -1;
}

QString ProgrammeEventModel::kindText(const domain::ProgrammeEvent& event) {
    const QString label = domain::DomainLabels::label(event.kind);
    return event.number ? tr("%1 %2").arg(label).arg(*event.number) : label;
}

int ProgrammeEventModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int ProgrammeEventModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProgrammeEventModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const domain::ProgrammeEvent& event = m_events.at(index.row());
    if (role == IdRole) return event.id.value;
    switch (index.column()) {
    case DateColumn:
        if (role == Qt::DisplayRole) return QLocale().toString(event.date, QStringLiteral("d. MMM yyyy"));
        if (role == SortRole) return event.date;
        break;
    case KindColumn:
        if (role == Qt::DisplayRole) return kindText(event);
        if (role == SortRole) return QStringLiteral("%1-%2").arg(static_cast<int>(event.kind)).arg(event.number.value_or(0), 2, 10, QLatin1Char('0'));
        break;
    case TitleColumn:
        if (role == Qt::DisplayRole || role == SortRole) return event.title;
        // The whole title on hover (the column may cut it), with the notes under it.
        if (role == Qt::ToolTipRole)
            return event.notes.isEmpty() ? event.title : QStringLiteral("%1\n\n%2").arg(event.title, event.notes);
        break;
    case ParticipantsColumn:
        if (role == Qt::DisplayRole || role == SortRole) return static_cast<int>(event.participants.size());
        if (role == Qt::TextAlignmentRole) return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole) {
            QStringList names;
            for (const domain::PersonId id : event.participants) names << m_personNames.value(id.value);
            return names.join(u'\n');
        }
        break;
    case DoneColumn:
        if (role == Qt::DisplayRole) return event.done ? tr("Held") : tr("Planned");
        if (role == SortRole) return event.done;
        if (role == Qt::ForegroundRole && !event.done) return QColor(0x5a, 0x5a, 0x5a);
        break;
    default: break;
    }
    return {};
}

QVariant ProgrammeEventModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case DateColumn: return tr("Date");
    case KindColumn: return tr("Event");
    case TitleColumn: return tr("Title");
    case ParticipantsColumn: return tr("Participants");
    case DoneColumn: return tr("Status");
    default: return {};
    }
}

} // namespace medsafe::models
