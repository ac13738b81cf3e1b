#pragma once

#include "models/measurements/GridCell.h"
#include "models/measurements/MeasurementChanges.h"
#include "models/measurements/MeasurementGridSnapshot.h"

#include <QAbstractTableModel>
#include <vector>

namespace medsafe::models {

// The Målinger grid: one row per month (oldest at the top), a baseline check column, then per
// measure either Tæller + Nævner (proportions and rates), one value column (counts, values),
// or one read-only column computed from incidents (derived measures). Holds a snapshot plus the
// person's pending edits; validates each edit with domain::MeasureValidator (it owns no rules of
// its own: it parses the text and puts each issue in the cell of the part the issue names) and
// keeps invalid text on screen with its reason. Runs no SQL: changes() says what to write. GUI thread.
class MeasurementGridModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Part { Baseline, Numerator, Denominator, Value, Computed };
    enum Role {
        GroupRole = Qt::UserRole + 1, // header: the measure name above its columns
        GroupKeyRole,                 // header: measure id, the same for the columns of one measure
        IssueRole,                    // cell: the reason the value cannot be saved, or empty
        DirtyRole,                    // cell: edited and not saved
        ComputedRole,                 // cell: computed from incidents, read-only
        WholeNumberRole,              // cell: only whole numbers make sense here
    };
    static constexpr int kBaselineColumn = 0;

    struct Issue {
        int row = 0;
        int column = 0;
        QString message;
    };

    explicit MeasurementGridModel(QObject* parent = nullptr);

    void setSnapshot(const MeasurementGridSnapshot& snapshot);
    const MeasurementGridSnapshot& snapshot() const { return m_snapshot; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    Part partAt(int column) const;
    // Index into snapshot().measures of the measure shown in `column`; -1 for the baseline column.
    int measureIndexAt(int column) const;
    int firstColumnOf(int measureIndex) const;
    int rowOf(const QDate& month) const;

    bool hasChanges() const;
    int changedCellCount() const;
    QList<Issue> issues() const;
    MeasurementChanges changes() const;
    // Forgets every pending edit.
    void discard();
    // The measure's values as they would be saved now (valid cells only), oldest first.
    QList<domain::Measurement> currentSeries(int measureIndex) const;

signals:
    // Emitted after any edit, undo or discard, so the view can refresh its messages.
    void editsChanged();

private:
    struct Column {
        int measure = -1;
        Part part = Part::Baseline;
    };
    GridCell& cellAt(int measureIndex, int row) { return m_cells[measureIndex][row]; }
    const GridCell& cellAt(int measureIndex, int row) const { return m_cells[measureIndex][row]; }
    void validate(int measureIndex, int row);
    QVariant cellData(const GridCell& cell, const Column& column, int row, int role) const;
    QVariant computedData(const Column& column, int row, int role) const;
    QString formatted(double value) const;
    bool baselineDirty(int row) const { return m_baseline[row] != m_savedBaseline[row]; }
    bool cellDirty(const GridCell& cell, int row) const;

    MeasurementGridSnapshot m_snapshot;
    std::vector<Column> m_columns;
    std::vector<std::vector<GridCell>> m_cells; // [measure][row]
    std::vector<bool> m_baseline;               // [row]
    std::vector<bool> m_savedBaseline;          // [row]
};

} // namespace medsafe::models
