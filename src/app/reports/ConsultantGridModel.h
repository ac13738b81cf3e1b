#pragma once

#include "services/consultant/ConsultantGrid.h"

#include <QAbstractTableModel>
#include <QColor>

namespace medsafe::app {

// The consultant's grid as a table: the botilbud's name as the row header, one column per month with the
// report's status in words and colour (— no report, Kladde, Sendt, Tilbagemelding), so the
// state reads without colour too. Holds a snapshot; ConsultantPage reloads it. GUI thread.
class ConsultantGridModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int kMonthRole = Qt::UserRole + 1;    // the column's month (QDate)
    static constexpr int kBotilbudRole = Qt::UserRole + 2; // the row's botilbud id (qint64)
    static constexpr int kHasReportRole = Qt::UserRole + 3;
    static constexpr int kNameRole = Qt::UserRole + 4; // the row's botilbud name (the search)

    explicit ConsultantGridModel(QObject* parent = nullptr);

    void setGrid(services::ConsultantGrid grid);
    const services::ConsultantGrid& grid() const { return m_grid; }
    const services::ConsultantRow* rowAt(int row) const;
    const services::ConsultantCell* cellAt(const QModelIndex& index) const;
    QModelIndex indexOf(domain::BotilbudId botilbud, const QDate& month) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Kladde", "Sendt", "Tilbagemelding", or a dash without a report.
    static QString statusWord(const services::ConsultantCell& cell);
    static QColor statusColor(const services::ConsultantCell& cell);
    static QColor statusTextColor(const services::ConsultantCell& cell);

private:
    services::ConsultantGrid m_grid;
};

} // namespace medsafe::app
