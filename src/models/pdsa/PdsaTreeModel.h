#pragma once

#include "domain/ChangeIdea.h"
#include "domain/PdsaCycle.h"
#include "domain/Person.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QIcon>
#include <QHash>
#include <QList>

#include <vector>

namespace medsafe::models {

// The PDSA cycles of one botilbud as a tree: one group per change idea, the cycles of that idea
// beneath it, and each ramp's later cycles indented under the cycle they follow (parentId).
// Holds a snapshot handed in by the view; runs no SQL. GUI thread.
class PdsaTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, StatusColumn, StartColumn, EndColumn, ResponsibleColumn, ColumnCount };
    enum Role {
        CycleIdRole = Qt::UserRole + 1, // qint64, 0 on group rows
        SortRole,                       // a value that sorts in the order a person expects
        IsGroupRole,
        ChangeIdeaIdRole, // qint64 of the group (0 = cycles without a change idea)
    };

    explicit PdsaTreeModel(QObject* parent = nullptr);

    void setSnapshot(const QList<domain::ChangeIdea>& ideas, const QList<domain::PdsaCycle>& cycles,
                     const QHash<domain::PersonId, QString>& personNames);
    int cycleCount() const { return static_cast<int>(m_cycles.size()); }
    // The cycle row of `id`, invalid when it is not in the snapshot.
    QModelIndex indexOfCycle(domain::PdsaCycleId id) const;
    const domain::PdsaCycle* cycle(const QModelIndex& index) const;
    // The cycle with the highest number (the one worked on last), invalid when there is none.
    domain::PdsaCycleId newestCycle() const;

    // The colour a status is shown in (always together with its text).
    static QColor statusColour(domain::PdsaStatus status);
    static QIcon statusIcon(domain::PdsaStatus status);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        int parent = -1;       // node index, -1 for top-level groups
        int row = 0;           // row under its parent
        int group = -1;        // index into m_groups for group nodes
        int cycle = -1;        // index into m_cycles for cycle nodes
        std::vector<int> children;
    };
    struct Group {
        domain::ChangeIdeaId ideaId;
        QString title;
        int cycleCount = 0;
    };

    const Node* node(const QModelIndex& index) const;
    QVariant groupData(const Group& group, int column, int role) const;
    QVariant cycleData(const domain::PdsaCycle& cycle, int column, int role) const;
    int addNode(int parent, int group, int cycle);

    std::vector<Group> m_groups;
    std::vector<domain::PdsaCycle> m_cycles;
    std::vector<Node> m_nodes;
    std::vector<int> m_topLevel; // node indexes of the groups
    QHash<domain::PersonId, QString> m_personNames;
};

} // namespace medsafe::models
