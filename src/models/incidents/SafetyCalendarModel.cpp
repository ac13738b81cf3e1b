#include "models/incidents/SafetyCalendarModel.h"

#include <QLocale>

namespace medsafe::models {

using namespace medsafe::domain;

SafetyCalendarModel::SafetyCalendarModel(QObject* parent)
    : QAbstractTableModel(parent), m_month(QDate::currentDate().addDays(1 - QDate::currentDate().day())),
      m_today(QDate::currentDate()) {}

void SafetyCalendarModel::setIncidents(const QList<Incident>& incidents) {
    beginResetModel();
    m_days.clear();
    for (const Incident& i : incidents) {
        Day& day = m_days[i.occurredDate];
        ++day.count;
        day.harm = day.harm || i.actualConsequence != ActualConsequence::NoneOrUnknown;
    }
    endResetModel();
}

void SafetyCalendarModel::setMonth(const QDate& anyDayOfMonth) {
    if (!anyDayOfMonth.isValid()) return;
    beginResetModel();
    m_month = QDate(anyDayOfMonth.year(), anyDayOfMonth.month(), 1);
    endResetModel();
}

void SafetyCalendarModel::setToday(const QDate& today) {
    beginResetModel();
    m_today = today;
    endResetModel();
}

QDate SafetyCalendarModel::dateAt(int row, int column) const {
    const QDate gridStart = m_month.addDays(1 - m_month.dayOfWeek()); // the Monday on or before the 1st
    return gridStart.addDays(row * 7 + column);
}

QModelIndex SafetyCalendarModel::indexOf(const QDate& date) const {
    const QDate gridStart = m_month.addDays(1 - m_month.dayOfWeek());
    const qint64 offset = gridStart.daysTo(date);
    if (offset < 0 || offset >= 42) return {};
    return index(int(offset / 7), int(offset % 7));
}

SafetyCalendarModel::DayKind SafetyCalendarModel::kindOf(const QDate& date) const {
    if (date.year() != m_month.year() || date.month() != m_month.month()) return DayKind::Outside;
    if (date > m_today) return DayKind::Future;
    const auto it = m_days.constFind(date);
    if (it == m_days.constEnd()) return DayKind::NoError;
    return it->harm ? DayKind::ErrorWithHarm : DayKind::ErrorWithoutHarm;
}

QColor SafetyCalendarModel::colour(DayKind kind) {
    switch (kind) {
    case DayKind::NoError: return QColor(0xc8, 0xe6, 0xc9);          // green
    case DayKind::ErrorWithoutHarm: return QColor(0xff, 0xd5, 0x80); // amber
    case DayKind::ErrorWithHarm: return QColor(0xef, 0x9a, 0x9a);    // red
    case DayKind::Future: return QColor(0xfa, 0xfa, 0xfa);
    case DayKind::Outside: break;
    }
    return QColor(0xee, 0xee, 0xee);
}

QString SafetyCalendarModel::symbol(DayKind kind) {
    switch (kind) {
    case DayKind::NoError: return QStringLiteral("✓");
    case DayKind::ErrorWithoutHarm: return QStringLiteral("▲");
    case DayKind::ErrorWithHarm: return QStringLiteral("✖");
    default: return {};
    }
}

QString SafetyCalendarModel::describe(DayKind kind) {
    switch (kind) {
    case DayKind::NoError: return tr("No medication error");
    case DayKind::ErrorWithoutHarm: return tr("Medication error without harm");
    case DayKind::ErrorWithHarm: return tr("Medication error with harm");
    case DayKind::Future: return tr("Not yet");
    case DayKind::Outside: break;
    }
    return {};
}

int SafetyCalendarModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : 6;
}

int SafetyCalendarModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : 7;
}

QVariant SafetyCalendarModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const QDate date = dateAt(index.row(), index.column());
    const DayKind kind = kindOf(date);
    switch (role) {
    case Qt::DisplayRole:
        if (kind == DayKind::Outside) return {};
        return symbol(kind).isEmpty() ? QString::number(date.day())
                                      : QStringLiteral("%1\n%2").arg(date.day()).arg(symbol(kind));
    case Qt::BackgroundRole: return colour(kind);
    case Qt::ForegroundRole: return kind == DayKind::Outside || kind == DayKind::Future ? QColor(Qt::gray) : QColor(Qt::black);
    case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
    case Qt::ToolTipRole: {
        if (kind == DayKind::Outside) return {};
        const QString when = QLocale().toString(date, QStringLiteral("d. MMMM yyyy"));
        const int count = m_days.value(date).count;
        if (count > 1) return tr("%1: %2 (%n incidents)", nullptr, count).arg(when, describe(kind));
        return QStringLiteral("%1: %2").arg(when, describe(kind));
    }
    case DateRole: return date;
    case DayKindRole: return int(kind);
    case IncidentCountRole: return kind == DayKind::Outside ? 0 : m_days.value(date).count;
    default: return {};
    }
}

QVariant SafetyCalendarModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section > 6)
        return QAbstractTableModel::headerData(section, orientation, role);
    // Monday first, as Danish calendars are printed.
    return QLocale().dayName(section + 1, QLocale::ShortFormat);
}

} // namespace medsafe::models
