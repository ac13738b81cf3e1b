#include "models/measurements/MeasurementGridModel.h"

#include "domain/MeasureValidator.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <cmath>

namespace medsafe::models {

namespace {

const QColor kIssueColour(0xf8, 0xd2, 0xd2);
const QColor kDirtyColour(0xff, 0xf0, 0xb8);
const QColor kComputedColour(0xee, 0xee, 0xee);
const QColor kBaselineColour(0xe6, 0xf0, 0xfa);
const QColor kComputedText(0x5a, 0x5a, 0x5a);

// Accepts what people type on a Danish keyboard ("12,5") and the C form ("12.5").
std::optional<double> parseNumber(const QString& text) {
    bool ok = false;
    double value = QLocale().toDouble(text, &ok);
    if (!ok) value = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(value)) return std::nullopt;
    return value;
}

} // namespace

MeasurementGridModel::MeasurementGridModel(QObject* parent) : QAbstractTableModel(parent) {}

void MeasurementGridModel::setSnapshot(const MeasurementGridSnapshot& snapshot) {
    beginResetModel();
    m_snapshot = snapshot;
    m_columns.clear();
    m_columns.push_back({-1, Part::Baseline});
    const int rows = static_cast<int>(m_snapshot.months.size());
    m_cells.assign(m_snapshot.measures.size(), std::vector<GridCell>(rows));
    m_baseline.assign(rows, false);
    // Typed measures first, where the tovholder types; the computed ones after them.
    for (int m = 0; m < m_snapshot.measures.size(); ++m) {
        const domain::Measure& measure = m_snapshot.measures.at(m);
        if (measure.derivedFromIncidents) continue;
        if (domain::kindNeedsDenominator(measure.kind)) {
            m_columns.push_back({m, Part::Numerator});
            m_columns.push_back({m, Part::Denominator});
        } else {
            m_columns.push_back({m, Part::Value});
        }
    }
    for (int m = 0; m < m_snapshot.measures.size(); ++m)
        if (m_snapshot.measures.at(m).derivedFromIncidents) m_columns.push_back({m, Part::Computed});
    for (int m = 0; m < m_snapshot.measures.size(); ++m) {
        const domain::Measure& measure = m_snapshot.measures.at(m);
        for (const domain::Measurement& value : m_snapshot.values.value(measure.id.value)) {
            const int row = rowOf(value.period);
            if (row < 0) continue;
            GridCell& cell = m_cells[m][row];
            cell.id = value.id;
            cell.rowVersion = value.rowVersion;
            cell.numerator = cell.savedNumerator = value.numerator;
            cell.denominator = cell.savedDenominator = value.denominator;
            cell.note = value.note;
            if (value.baseline) m_baseline[row] = true;
        }
    }
    m_savedBaseline = m_baseline;
    endResetModel();
    emit editsChanged();
}

int MeasurementGridModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_snapshot.months.size());
}

int MeasurementGridModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

MeasurementGridModel::Part MeasurementGridModel::partAt(int column) const {
    return column >= 0 && column < columnCount() ? m_columns[column].part : Part::Baseline;
}

int MeasurementGridModel::measureIndexAt(int column) const {
    return column >= 0 && column < columnCount() ? m_columns[column].measure : -1;
}

int MeasurementGridModel::firstColumnOf(int measureIndex) const {
    for (int c = 0; c < columnCount(); ++c)
        if (m_columns[c].measure == measureIndex) return c;
    return -1;
}

int MeasurementGridModel::rowOf(const QDate& month) const {
    const QDate first(month.year(), month.month(), 1);
    const auto it = std::lower_bound(m_snapshot.months.cbegin(), m_snapshot.months.cend(), first);
    return it != m_snapshot.months.cend() && *it == first ? static_cast<int>(it - m_snapshot.months.cbegin())
                                                           : -1;
}

QString MeasurementGridModel::formatted(double value) const {
    return QLocale().toString(value, 'g', 12);
}

bool MeasurementGridModel::cellDirty(const GridCell& cell, int) const {
    return cell.valuesChanged();
}

QVariant MeasurementGridModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const Column& column = m_columns[index.column()];
    const int row = index.row();
    if (column.part == Part::Baseline) {
        switch (role) {
        case Qt::CheckStateRole: return m_baseline[row] ? Qt::Checked : Qt::Unchecked;
        case Qt::ToolTipRole: return tr("Tick the months that make up the baseline (baselinemålinger).");
        case Qt::BackgroundRole:
            if (baselineDirty(row)) return kDirtyColour;
            return m_baseline[row] ? QVariant(kBaselineColour) : QVariant();
        case DirtyRole: return baselineDirty(row);
        case IssueRole: return QString();
        default: return {};
        }
    }
    if (column.part == Part::Computed) return computedData(column, row, role);
    return cellData(cellAt(column.measure, row), column, row, role);
}

QVariant MeasurementGridModel::cellData(const GridCell& cell, const Column& column, int row, int role) const {
    const bool denominator = column.part == Part::Denominator;
    const std::optional<double>& value = denominator ? cell.denominator : cell.numerator;
    const QString& bad = denominator ? cell.badDenominator : cell.badNumerator;
    const QString& issue = denominator ? cell.denominatorIssue : cell.numeratorIssue;
    const domain::Measure& measure = m_snapshot.measures.at(column.measure);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (!bad.isEmpty()) return bad;
        return value ? formatted(*value) : QString();
    case Qt::TextAlignmentRole: return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (!issue.isEmpty()) return kIssueColour;
        if (cellDirty(cell, row)) return kDirtyColour;
        return m_baseline[row] ? QVariant(kBaselineColour) : QVariant();
    case Qt::FontRole:
        if (cellDirty(cell, row)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (!issue.isEmpty()) return issue;
        if (cellDirty(cell, row)) return tr("Changed – not saved yet (Ctrl+S saves)");
        return denominator ? measure.denominatorDefinition : measure.numeratorDefinition;
    case IssueRole: return issue;
    case DirtyRole: return cellDirty(cell, row);
    case ComputedRole: return false;
    case WholeNumberRole: return domain::MeasureValidator::wholeNumbersOnly(measure.kind);
    default: return {};
    }
}

QVariant MeasurementGridModel::computedData(const Column& column, int row, int role) const {
    const domain::Measure& measure = m_snapshot.measures.at(column.measure);
    const auto values = m_snapshot.computed.constFind(measure.id.value);
    const bool known = values != m_snapshot.computed.cend();
    switch (role) {
    case Qt::DisplayRole:
        if (!known) return tr("calculated from incidents");
        if (const auto it = values->constFind(m_snapshot.months.at(row)); it != values->cend())
            return formatted(*it);
        return QString();
    case Qt::TextAlignmentRole:
        return known ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignCenter);
    case Qt::BackgroundRole: return kComputedColour;
    case Qt::ForegroundRole: return kComputedText;
    case Qt::ToolTipRole:
        return tr("Calculated from the registered incidents – it cannot be typed here. Register incidents "
                  "under Utilsigtede hændelser.");
    case ComputedRole: return true;
    case DirtyRole: return false;
    case IssueRole: return QString();
    default: return {};
    }
}

Qt::ItemFlags MeasurementGridModel::flags(const QModelIndex& index) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) return Qt::NoItemFlags;
    switch (m_columns[index.column()].part) {
    case Part::Baseline: return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    case Part::Computed: return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    default: return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
    }
}

bool MeasurementGridModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) return false;
    const Column& column = m_columns[index.column()];
    const int row = index.row();
    if (column.part == Part::Baseline) {
        if (role != Qt::CheckStateRole) return false;
        m_baseline[row] = value.toInt() == Qt::Checked;
        emit dataChanged(this->index(row, 0), this->index(row, columnCount() - 1));
        emit editsChanged();
        return true;
    }
    if (role != Qt::EditRole || column.part == Part::Computed) return false;
    GridCell& cell = cellAt(column.measure, row);
    const bool denominator = column.part == Part::Denominator;
    const QString text = value.toString().trimmed();
    std::optional<double> parsed = text.isEmpty() ? std::nullopt : parseNumber(text);
    (denominator ? cell.denominator : cell.numerator) = parsed;
    (denominator ? cell.badDenominator : cell.badNumerator) = !text.isEmpty() && !parsed ? text : QString();
    validate(column.measure, row);
    const int first = firstColumnOf(column.measure);
    const int last = column.part == Part::Value ? first : first + 1;
    emit dataChanged(this->index(row, first), this->index(row, last));
    emit editsChanged();
    return true;
}

void MeasurementGridModel::validate(int measureIndex, int row) {
    // The rules live in domain::MeasureValidator; the grid only parses what was typed and puts
    // each issue in the cell of the part it names.
    GridCell& cell = cellAt(measureIndex, row);
    const domain::Measure& measure = m_snapshot.measures.at(measureIndex);
    cell.numeratorIssue.clear();
    cell.denominatorIssue.clear();
    const QString typeNumber = domain::MeasureValidator::numberExpected(measure.kind);
    if (!cell.badNumerator.isEmpty()) cell.numeratorIssue = typeNumber;
    if (!cell.badDenominator.isEmpty()) cell.denominatorIssue = typeNumber;
    if (cell.hasIssue() || cell.isEmpty()) return; // empty: nothing to save (or the stored value is removed)

    domain::Measurement measurement;
    measurement.id = cell.id;
    measurement.measureId = measure.id;
    measurement.period = m_snapshot.months.at(row);
    measurement.denominator = domain::kindNeedsDenominator(measure.kind) ? cell.denominator : std::nullopt;
    measurement.baseline = m_baseline[row];
    measurement.note = cell.note;
    const domain::ValidationIssues issues =
        domain::MeasureValidator::validateTyped(cell.numerator, measurement, measure.kind, m_snapshot.today);
    // The first issue about a number goes to its cell; issues about the whole value (the month,
    // the note) go to the numerator's cell, where the value starts, unless it already has one.
    for (const domain::ValidationIssue& issue : issues) {
        const domain::MeasurementPart part = domain::MeasureValidator::partOf(issue);
        if (part == domain::MeasurementPart::Other) continue;
        QString& target = part == domain::MeasurementPart::Denominator ? cell.denominatorIssue : cell.numeratorIssue;
        if (target.isEmpty()) target = issue.message;
    }
    for (const domain::ValidationIssue& issue : issues) {
        if (domain::MeasureValidator::partOf(issue) == domain::MeasurementPart::Other && cell.numeratorIssue.isEmpty())
            cell.numeratorIssue = issue.message;
    }
}

QVariant MeasurementGridModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount()) return {};
        const QDate month = m_snapshot.months.at(section);
        if (role == Qt::DisplayRole) return QLocale().toString(month, QStringLiteral("MMM yyyy"));
        if (role == Qt::ToolTipRole) return QLocale().toString(month, QStringLiteral("MMMM yyyy"));
        return {};
    }
    if (section < 0 || section >= columnCount()) return {};
    const Column& column = m_columns[section];
    const domain::Measure* measure = column.measure >= 0 ? &m_snapshot.measures.at(column.measure) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        switch (column.part) {
        case Part::Baseline: return tr("Baseline");
        case Part::Numerator: return tr("Numerator");
        case Part::Denominator: return tr("Denominator");
        case Part::Value: return measure->kind == domain::MeasureKind::Value ? tr("Value") : tr("Count");
        case Part::Computed: return tr("Calculated");
        }
        return {};
    case GroupRole: return measure ? measure->name : QString();
    case GroupKeyRole: return measure ? measure->id.value : 0;
    case Qt::ToolTipRole:
        if (!measure) return tr("Baseline months");
        if (column.part == Part::Computed)
            return tr("%1\nCalculated from incidents; not typed here.").arg(measure->name);
        return measure->operationalDefinition.isEmpty()
                   ? measure->name
                   : tr("%1\n%2").arg(measure->name, measure->operationalDefinition);
    default: return {};
    }
}

bool MeasurementGridModel::hasChanges() const {
    return changedCellCount() > 0;
}

int MeasurementGridModel::changedCellCount() const {
    int count = 0;
    for (const auto& column : m_cells)
        for (const GridCell& cell : column)
            if (cell.valuesChanged()) ++count;
    for (int row = 0; row < rowCount(); ++row)
        if (baselineDirty(row)) ++count;
    return count;
}

QList<MeasurementGridModel::Issue> MeasurementGridModel::issues() const {
    QList<Issue> list;
    for (int row = 0; row < rowCount(); ++row) {
        for (int c = 0; c < columnCount(); ++c) {
            const Column& column = m_columns[c];
            if (column.part == Part::Baseline || column.part == Part::Computed) continue;
            const GridCell& cell = cellAt(column.measure, row);
            const QString& issue = column.part == Part::Denominator ? cell.denominatorIssue : cell.numeratorIssue;
            if (!issue.isEmpty()) list.append({row, c, issue});
        }
    }
    return list;
}

MeasurementChanges MeasurementGridModel::changes() const {
    MeasurementChanges changes;
    for (int m = 0; m < m_snapshot.measures.size(); ++m) {
        const domain::Measure& measure = m_snapshot.measures.at(m);
        if (measure.derivedFromIncidents) continue;
        for (int row = 0; row < rowCount(); ++row) {
            const GridCell& cell = cellAt(m, row);
            if (!cell.valuesChanged() && !(cell.isStored() && baselineDirty(row))) continue;
            if (cell.isEmpty()) {
                if (cell.isStored()) changes.removed.append(cell.id);
                continue;
            }
            domain::Measurement value{cell.id,
                                      measure.id,
                                      m_snapshot.months.at(row),
                                      cell.numerator.value_or(0),
                                      domain::kindNeedsDenominator(measure.kind) ? cell.denominator : std::nullopt,
                                      m_baseline[row],
                                      cell.note,
                                      cell.rowVersion};
            (cell.isStored() ? changes.updated : changes.added).append(value);
        }
    }
    return changes;
}

void MeasurementGridModel::discard() {
    setSnapshot(MeasurementGridSnapshot(m_snapshot));
}

QList<domain::Measurement> MeasurementGridModel::currentSeries(int measureIndex) const {
    QList<domain::Measurement> series;
    if (measureIndex < 0 || measureIndex >= m_snapshot.measures.size()) return series;
    const domain::Measure& measure = m_snapshot.measures.at(measureIndex);
    for (int row = 0; row < rowCount(); ++row) {
        const GridCell& cell = cellAt(measureIndex, row);
        if (cell.hasIssue() || !cell.numerator) continue;
        series.append({cell.id, measure.id, m_snapshot.months.at(row), *cell.numerator, cell.denominator,
                       m_baseline[row], cell.note, cell.rowVersion});
    }
    return series;
}

} // namespace medsafe::models
