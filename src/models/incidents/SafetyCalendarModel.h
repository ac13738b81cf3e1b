#pragma once

#include "domain/Incident.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDate>
#include <QHash>
#include <QList>

namespace medsafe::models {

// The safety calendar (sikkerhedskalender) of one month, as botilbud keep it on the wall: six
// weeks of seven days, Monday first. Each day of the month is a day without medication errors,
// with errors that did no harm, or with an error that did harm (actual consequence mild or
// worse). Colour and a symbol both say which, for colour-blind readers. Days after `today`
// and outside the month stay blank. Lives on the GUI thread; runs no SQL.
class SafetyCalendarModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class DayKind { Outside, Future, NoError, ErrorWithoutHarm, ErrorWithHarm };
    enum Role { DateRole = Qt::UserRole + 1, DayKindRole, IncidentCountRole };

    explicit SafetyCalendarModel(QObject* parent = nullptr);

    // The incidents of one botilbud (any period); only dates and consequences are kept.
    void setIncidents(const QList<domain::Incident>& incidents);
    void setMonth(const QDate& anyDayOfMonth);
    void setToday(const QDate& today);
    QDate month() const { return m_month; }

    DayKind kindOf(const QDate& date) const;
    QModelIndex indexOf(const QDate& date) const;

    static QColor colour(DayKind kind);
    static QString symbol(DayKind kind);
    static QString describe(DayKind kind);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QDate dateAt(int row, int column) const;

    struct Day {
        int count = 0;
        bool harm = false;
    };
    QHash<QDate, Day> m_days;
    QDate m_month; // first day
    QDate m_today;
};

} // namespace medsafe::models
