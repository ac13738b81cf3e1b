#include "models/programme/TrainingRecordModel.h"

#include "domain/DomainLabels.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace medsafe::models {

namespace {
const QColor kOverdueBackground(0xf8, 0xd2, 0xd2);
const QColor kOverdueText(0x9b, 0x1c, 0x1c);
const QColor kSoonText(0x8a, 0x5a, 0x00);

QString dateText(const QDate& date) {
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d. MMM yyyy")) : QString();
}
} // namespace

TrainingRecordModel::TrainingRecordModel(QObject* parent) : QAbstractTableModel(parent) {}

void TrainingRecordModel::setRecords(const QList<domain::TrainingRecord>& records,
                                     const QHash<qint64, QString>& personNames, const QDate& today) {
    beginResetModel();
    m_records = records;
    m_personNames = personNames;
    m_today = today;
    endResetModel();
}

const domain::TrainingRecord* TrainingRecordModel::recordAt(int row) const {
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

int TrainingRecordModel::rowOf(domain::TrainingRecordId id) const {
    for (int row = 0; row < m_records.size(); ++row)
        if (m_records.at(row).id == id) return row;
    return -1;
}

bool TrainingRecordModel::isOverdue(const domain::TrainingRecord& record) const {
    return record.refresherDue.isValid() && record.refresherDue < m_today;
}

int TrainingRecordModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int TrainingRecordModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrainingRecordModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const domain::TrainingRecord& record = m_records.at(index.row());
    const bool overdue = isOverdue(record);
    const bool soon = !overdue && record.refresherDue.isValid() && m_today.daysTo(record.refresherDue) <= kSoonDays;
    if (role == OverdueRole) return overdue;
    if (role == ProviderRole) return static_cast<int>(record.provider);
    if (role == Qt::BackgroundRole && overdue) return kOverdueBackground;
    switch (index.column()) {
    case PersonColumn:
        if (role == Qt::DisplayRole || role == SortRole) return m_personNames.value(record.personId.value);
        break;
    case CourseColumn:
        if (role == Qt::DisplayRole || role == SortRole) return record.course;
        // The whole course name on hover (the column may cut it), with the note under it.
        if (role == Qt::ToolTipRole)
            return record.note.isEmpty() ? record.course : QStringLiteral("%1\n\n%2").arg(record.course, record.note);
        break;
    case ProviderColumn:
        if (role == Qt::DisplayRole || role == SortRole) return domain::DomainLabels::label(record.provider);
        break;
    case CompletedColumn:
        if (role == Qt::DisplayRole) return dateText(record.completedDate);
        if (role == SortRole) return record.completedDate;
        break;
    case DueColumn:
        if (role == Qt::DisplayRole) return record.refresherDue.isValid() ? dateText(record.refresherDue) : tr("None planned");
        if (role == SortRole) return record.refresherDue.isValid() ? record.refresherDue : QDate(9999, 12, 31);
        if (role == Qt::ForegroundRole && !record.refresherDue.isValid()) return QColor(0x5a, 0x5a, 0x5a);
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole || role == SortRole) {
            if (overdue) return tr("Overdue");
            if (soon) return tr("Due soon");
            return QString();
        }
        if (role == Qt::ForegroundRole) return overdue ? kOverdueText : soon ? kSoonText : QVariant();
        if (role == Qt::FontRole && overdue) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == Qt::ToolTipRole && overdue)
            return tr("The refresher was due %1 (%n days ago).", nullptr, static_cast<int>(record.refresherDue.daysTo(m_today)))
                .arg(dateText(record.refresherDue));
        break;
    default: break;
    }
    return {};
}

QVariant TrainingRecordModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case PersonColumn: return tr("Staff member");
    case CourseColumn: return tr("Course");
    case ProviderColumn: return tr("Provider");
    case CompletedColumn: return tr("Completed");
    case DueColumn: return tr("Refresher due");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

} // namespace medsafe::models
