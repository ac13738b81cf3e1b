#include "app/reports/ConsultantGridModel.h"

#include "charts/ChartNumberFormat.h"
#include "domain/DomainLabels.h"
#include "report/ReportFormat.h"

namespace medsafe::app {

ConsultantGridModel::ConsultantGridModel(QObject* parent) : QAbstractTableModel(parent) {}

void ConsultantGridModel::setGrid(services::ConsultantGrid grid) {
    beginResetModel();
    m_grid = std::move(grid);
    endResetModel();
}

const services::ConsultantRow* ConsultantGridModel::rowAt(int row) const {
    return row >= 0 && row < m_grid.rows.size() ? &m_grid.rows[row] : nullptr;
}

const services::ConsultantCell* ConsultantGridModel::cellAt(const QModelIndex& index) const {
    const services::ConsultantRow* row = rowAt(index.row());
    if (!row || index.column() < 0 || index.column() >= row->cells.size()) return nullptr;
    return &row->cells[index.column()];
}

QModelIndex ConsultantGridModel::indexOf(domain::BotilbudId botilbud, const QDate& month) const {
    const auto column = m_grid.months.indexOf(month);
    if (column < 0) return {};
    for (int r = 0; r < m_grid.rows.size(); ++r)
        if (m_grid.rows[r].botilbud.id == botilbud) return index(r, static_cast<int>(column));
    return {};
}

int ConsultantGridModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_grid.rows.size());
}

int ConsultantGridModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_grid.months.size());
}

QString ConsultantGridModel::statusWord(const services::ConsultantCell& cell) {
    if (!cell.status) return QStringLiteral("—");
    switch (*cell.status) {
    case domain::ReportStatus::Draft: return tr("Draft");
    case domain::ReportStatus::Sent: return tr("Sent");
    case domain::ReportStatus::FeedbackReceived: return tr("Feedback");
    }
    return {};
}

QColor ConsultantGridModel::statusColor(const services::ConsultantCell& cell) {
    if (!cell.status) return QColor(0xff, 0xff, 0xff);
    switch (*cell.status) {
    case domain::ReportStatus::Draft: return QColor(0xee, 0xee, 0xee);
    case domain::ReportStatus::Sent: return QColor(0xdc, 0xe9, 0xf8);
    case domain::ReportStatus::FeedbackReceived: return QColor(0xd7, 0xee, 0xdb);
    }
    return {};
}

QColor ConsultantGridModel::statusTextColor(const services::ConsultantCell& cell) {
    if (!cell.status) return QColor(0x9a, 0x9a, 0x9a);
    switch (*cell.status) {
    case domain::ReportStatus::Draft: return QColor(0x55, 0x55, 0x55);
    case domain::ReportStatus::Sent: return QColor(0x1f, 0x4e, 0x8c);
    case domain::ReportStatus::FeedbackReceived: return QColor(0x1b, 0x5e, 0x20);
    }
    return {};
}

QVariant ConsultantGridModel::data(const QModelIndex& index, int role) const {
    const services::ConsultantRow* row = rowAt(index.row());
    if (!row) return {};
    if (role == kBotilbudRole) return row->botilbud.id.value;
    if (role == kNameRole) return row->botilbud.name;
    const services::ConsultantCell* cell = cellAt(index);
    if (!cell) return {};
    switch (role) {
    case Qt::DisplayRole: return statusWord(*cell);
    case Qt::BackgroundRole: return statusColor(*cell);
    case Qt::ForegroundRole: return statusTextColor(*cell);
    case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
    case kMonthRole: return cell->month;
    case kHasReportRole: return cell->status.has_value();
    case Qt::ToolTipRole: {
        const QString month = charts::ChartNumberFormat::monthName(cell->month);
        if (!cell->status) return tr("%1, %2: no report").arg(row->botilbud.name, month);
        QString text = QStringLiteral("%1, %2: %3").arg(row->botilbud.name, month, domain::DomainLabels::label(*cell->status));
        if (cell->date.isValid()) text += QStringLiteral(" (%1)").arg(charts::ChartNumberFormat::day(cell->date));
        if (cell->fromPackage) text += QStringLiteral("\n") + tr("Received as a data package");
        return text;
    }
    default: return {};
    }
}

QVariant ConsultantGridModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical) {
        // The botilbud's name as the row header, so it stays in view while the months scroll.
        const services::ConsultantRow* row = rowAt(section);
        if (!row) return {};
        switch (role) {
        case Qt::DisplayRole: return row->botilbud.name;
        case Qt::TextAlignmentRole: return int(Qt::AlignLeft | Qt::AlignVCenter);
        case Qt::ToolTipRole:
            return (row->botilbud.origin == domain::BotilbudOrigin::Package
                        ? tr("%1, %2 — from data packages").arg(row->botilbud.name, row->botilbud.municipality)
                        : tr("%1, %2 — in this database").arg(row->botilbud.name, row->botilbud.municipality)) +
                   QStringLiteral("\n") + tr("%n report(s)", nullptr, row->reportCount);
        default: return {};
        }
    }
    if (section < 0 || section >= m_grid.months.size()) return {};
    const QDate month = m_grid.months[section];
    if (role == Qt::DisplayRole) return charts::ChartNumberFormat::month(month);
    if (role == Qt::ToolTipRole) return charts::ChartNumberFormat::monthName(month);
    if (role == kMonthRole) return month;
    return {};
}

} // namespace medsafe::app
