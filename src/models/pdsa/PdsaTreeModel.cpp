#include "models/pdsa/PdsaTreeModel.h"

#include "domain/DomainLabels.h"

#include <QColor>
#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <QLocale>

#include <functional>

namespace medsafe::models {

using namespace medsafe::domain;

PdsaTreeModel::PdsaTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

int PdsaTreeModel::addNode(int parent, int group, int cycle) {
    Node n;
    n.parent = parent;
    n.group = group;
    n.cycle = cycle;
    const int index = static_cast<int>(m_nodes.size());
    if (parent < 0) {
        n.row = static_cast<int>(m_topLevel.size());
        m_topLevel.push_back(index);
    } else {
        n.row = static_cast<int>(m_nodes[static_cast<size_t>(parent)].children.size());
        m_nodes[static_cast<size_t>(parent)].children.push_back(index);
    }
    m_nodes.push_back(std::move(n));
    return index;
}

void PdsaTreeModel::setSnapshot(const QList<ChangeIdea>& ideas, const QList<PdsaCycle>& cycles,
                                const QHash<PersonId, QString>& personNames) {
    beginResetModel();
    m_groups.clear();
    m_nodes.clear();
    m_topLevel.clear();
    m_cycles.assign(cycles.begin(), cycles.end());
    m_personNames = personNames;

    QHash<ChangeIdeaId, int> groupOfIdea;
    for (const ChangeIdea& idea : ideas) {
        groupOfIdea.insert(idea.id, static_cast<int>(m_groups.size()));
        m_groups.push_back({idea.id, idea.title, 0});
    }
    // Cycles whose change idea is unknown or unset get a group of their own, last.
    int looseGroup = -1;
    std::vector<int> groupOfCycle(m_cycles.size());
    QHash<PdsaCycleId, int> cycleIndex;
    for (size_t i = 0; i < m_cycles.size(); ++i) {
        const PdsaCycle& c = m_cycles[i];
        cycleIndex.insert(c.id, static_cast<int>(i));
        int group = c.changeIdeaId ? groupOfIdea.value(*c.changeIdeaId, -1) : -1;
        if (group < 0) {
            if (looseGroup < 0) {
                looseGroup = static_cast<int>(m_groups.size());
                m_groups.push_back({ChangeIdeaId{}, tr("Without a change idea"), 0});
            }
            group = looseGroup;
        }
        groupOfCycle[i] = group;
        ++m_groups[static_cast<size_t>(group)].cycleCount;
    }

    std::vector<int> groupNode(m_groups.size());
    for (size_t g = 0; g < m_groups.size(); ++g) groupNode[g] = addNode(-1, static_cast<int>(g), -1);

    // A cycle hangs under the cycle it follows when both test the same change idea; parents are
    // placed before their children whatever the order of the numbers.
    std::vector<int> cycleNode(m_cycles.size(), -1);
    std::vector<bool> visiting(m_cycles.size(), false);
    std::function<int(int)> place = [&](int i) -> int {
        const auto u = static_cast<size_t>(i);
        if (cycleNode[u] >= 0) return cycleNode[u];
        visiting[u] = true;
        int parentNode = groupNode[static_cast<size_t>(groupOfCycle[u])];
        if (const auto& p = m_cycles[u].parentId) {
            const int pi = cycleIndex.value(*p, -1);
            if (pi >= 0 && !visiting[static_cast<size_t>(pi)] && groupOfCycle[static_cast<size_t>(pi)] == groupOfCycle[u])
                parentNode = place(pi);
        }
        visiting[u] = false;
        cycleNode[u] = addNode(parentNode, -1, i);
        return cycleNode[u];
    };
    for (size_t i = 0; i < m_cycles.size(); ++i) place(static_cast<int>(i));
    endResetModel();
}

const PdsaTreeModel::Node* PdsaTreeModel::node(const QModelIndex& index) const {
    if (!index.isValid()) return nullptr;
    const auto n = static_cast<size_t>(index.internalId());
    return n < m_nodes.size() ? &m_nodes[n] : nullptr;
}

QModelIndex PdsaTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount) return {};
    const std::vector<int>* children = &m_topLevel;
    if (parent.isValid()) {
        const Node* p = node(parent);
        if (!p || parent.column() != 0) return {};
        children = &p->children;
    }
    if (row >= static_cast<int>(children->size())) return {};
    return createIndex(row, column, static_cast<quintptr>((*children)[static_cast<size_t>(row)]));
}

QModelIndex PdsaTreeModel::parent(const QModelIndex& child) const {
    const Node* n = node(child);
    if (!n || n->parent < 0) return {};
    return createIndex(m_nodes[static_cast<size_t>(n->parent)].row, 0, static_cast<quintptr>(n->parent));
}

int PdsaTreeModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid()) return static_cast<int>(m_topLevel.size());
    if (parent.column() != 0) return 0;
    const Node* n = node(parent);
    return n ? static_cast<int>(n->children.size()) : 0;
}

int PdsaTreeModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QModelIndex PdsaTreeModel::indexOfCycle(PdsaCycleId id) const {
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        const Node& n = m_nodes[i];
        if (n.cycle >= 0 && m_cycles[static_cast<size_t>(n.cycle)].id == id)
            return createIndex(n.row, 0, static_cast<quintptr>(i));
    }
    return {};
}

const PdsaCycle* PdsaTreeModel::cycle(const QModelIndex& index) const {
    const Node* n = node(index);
    return n && n->cycle >= 0 ? &m_cycles[static_cast<size_t>(n->cycle)] : nullptr;
}

PdsaCycleId PdsaTreeModel::newestCycle() const {
    const auto newest = std::max_element(m_cycles.begin(), m_cycles.end(),
                                         [](const PdsaCycle& a, const PdsaCycle& b) { return a.number < b.number; });
    return newest == m_cycles.end() ? PdsaCycleId{} : newest->id;
}

QIcon PdsaTreeModel::statusIcon(PdsaStatus status) {
    // A small dot beside the status text; the text says the same for those who cannot see colour.
    static QHash<int, QIcon> icons;
    auto it = icons.find(static_cast<int>(status));
    if (it != icons.end()) return *it;
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(statusColour(status));
    painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    painter.end();
    return *icons.insert(static_cast<int>(status), QIcon(pixmap));
}

QColor PdsaTreeModel::statusColour(PdsaStatus status) {
    switch (status) {
    case PdsaStatus::Planned: return QColor(0x45, 0x6f, 0xa8);   // blue: not started
    case PdsaStatus::Doing: return QColor(0xc0, 0x6a, 0x00);     // orange: running
    case PdsaStatus::Studying: return QColor(0x7a, 0x4c, 0xa0);  // purple: being studied
    case PdsaStatus::Completed: return QColor(0x2e, 0x7d, 0x32); // green: done
    case PdsaStatus::Abandoned: return QColor(0x75, 0x75, 0x75); // grey: stopped
    }
    return {};
}

QVariant PdsaTreeModel::data(const QModelIndex& index, int role) const {
    const Node* n = node(index);
    if (!n) return {};
    if (role == IsGroupRole) return n->group >= 0;
    if (n->group >= 0) return groupData(m_groups[static_cast<size_t>(n->group)], index.column(), role);
    return cycleData(m_cycles[static_cast<size_t>(n->cycle)], index.column(), role);
}

QVariant PdsaTreeModel::groupData(const Group& group, int column, int role) const {
    switch (role) {
    case Qt::DisplayRole:
        // The view spans this row across all columns, so the count goes with the title.
        if (column == TitleColumn) return tr("%1 (%n PDSA cycle(s))", nullptr, group.cycleCount).arg(group.title);
        return {};
    case SortRole: return column == TitleColumn ? QVariant(group.title.toLower()) : QVariant(group.cycleCount);
    case Qt::FontRole:
        if (column == TitleColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole: return column == TitleColumn ? QVariant(group.title) : QVariant();
    case CycleIdRole: return qint64{0};
    case ChangeIdeaIdRole: return group.ideaId.value;
    default: return {};
    }
}

QVariant PdsaTreeModel::cycleData(const PdsaCycle& c, int column, int role) const {
    const QLocale locale;
    const auto date = [&](const QDate& d) {
        return d.isValid() ? locale.toString(d, QStringLiteral("d. MMM yyyy")) : QString();
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn: return tr("%1. %2").arg(c.number).arg(c.title);
        case StatusColumn: return DomainLabels::label(c.status);
        case StartColumn: return date(c.startDate);
        case EndColumn: return date(c.endDate);
        case ResponsibleColumn: return c.responsibleId ? m_personNames.value(*c.responsibleId) : QString();
        default: return {};
        }
    case SortRole:
        switch (column) {
        case TitleColumn: return c.number;
        case StatusColumn: return static_cast<int>(c.status);
        case StartColumn: return c.startDate;
        case EndColumn: return c.endDate;
        case ResponsibleColumn: return c.responsibleId ? m_personNames.value(*c.responsibleId).toLower() : QString();
        default: return {};
        }
    case Qt::ForegroundRole: return column == StatusColumn ? QVariant(statusColour(c.status)) : QVariant();
    case Qt::DecorationRole: return column == StatusColumn ? QVariant(statusIcon(c.status)) : QVariant();
    case Qt::ToolTipRole: return column == TitleColumn ? QVariant(c.title) : QVariant();
    case CycleIdRole: return c.id.value;
    case ChangeIdeaIdRole: return c.changeIdeaId ? c.changeIdeaId->value : qint64{0};
    default: return {};
    }
}

QVariant PdsaTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case TitleColumn: return tr("PDSA cycle");
    case StatusColumn: return tr("Status");
    case StartColumn: return tr("Start");
    case EndColumn: return tr("End");
    case ResponsibleColumn: return tr("Responsible");
    default: return {};
    }
}

} // namespace medsafe::models
