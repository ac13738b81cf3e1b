#include "models/incidents/IncidentTableModel.h"

#include "domain/Taxonomy.h"

#include <QLocale>
#include <QStringMatcher>
#include <algorithm>
#include <functional>
#include <numeric>

namespace medsafe::models {

using namespace medsafe::domain;

namespace {

// The position of an enum value in its declared order (the enums are plain 0..n-1).
template <typename E> int valueIndex(E value) {
    return static_cast<int>(value);
}

} // namespace

IncidentTableModel::IncidentTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void IncidentTableModel::setIncidents(QList<Incident> incidents) {
    beginResetModel();
    m_all = std::move(incidents);
    m_keys.clear();
    m_keys.reserve(size_t(m_all.size()));
    for (const Incident& i : m_all) {
        Keys k;
        k.when = i.occurredDate.toJulianDay() * 86400 + (i.occurredTime.isValid() ? i.occurredTime.msecsSinceStartOfDay() / 1000 : 0);
        k.haystack = (i.description + u'\n' + i.immediateAction + u'\n' + i.learning + u'\n' + Taxonomy::label(i.stage) +
                      u'\n' + Taxonomy::label(i.errorType))
                         .toLower();
        m_keys.push_back(std::move(k));
    }
    m_searchBuffer.clear();
    m_searchStarts.clear();
    m_searchStarts.reserve(m_keys.size() + 1);
    qsizetype total = 0;
    for (const Keys& k : m_keys)
        total += k.haystack.size() + 1;
    m_searchBuffer.reserve(total);
    for (const Keys& k : m_keys) {
        m_searchStarts.push_back(m_searchBuffer.size());
        m_searchBuffer += k.haystack;
        m_searchBuffer += QChar(u'\x1f');
    }
    m_searchStarts.push_back(m_searchBuffer.size());
    m_searchedNeedle.clear();
    m_searchHit.clear();
    rebuildOrder();
    applyFilter();
    endResetModel();
}

void IncidentTableModel::setFilter(const IncidentListFilter& filter) {
    if (filter == m_filter) return;
    beginResetModel();
    m_filter = filter;
    applyFilter();
    endResetModel();
}

void IncidentTableModel::search(const QString& needle) {
    if (needle == m_searchedNeedle && m_searchHit.size() == m_keys.size()) return;
    m_searchedNeedle = needle;
    m_searchHit.assign(m_keys.size(), 0);
    if (needle.isEmpty()) return;
    const QStringMatcher matcher(needle, Qt::CaseSensitive);
    qsizetype pos = matcher.indexIn(m_searchBuffer, 0);
    while (pos >= 0) {
        const auto next = std::upper_bound(m_searchStarts.begin(), m_searchStarts.end(), pos);
        const auto row = size_t(next - m_searchStarts.begin() - 1);
        m_searchHit[row] = 1;
        if (next == m_searchStarts.end()) break;
        pos = matcher.indexIn(m_searchBuffer, *next); // the rest of this row cannot add anything
    }
}

bool IncidentTableModel::accepts(qsizetype index) const {
    const Incident& i = m_all[index];
    const IncidentListFilter& f = m_filter;
    if (f.from.isValid() && i.occurredDate < f.from) return false;
    if (f.to.isValid() && i.occurredDate > f.to) return false;
    if (f.stage && i.stage != *f.stage) return false;
    if (f.errorType && i.errorType != *f.errorType) return false;
    if (f.consequence && i.overallCategory() != *f.consequence) return false;
    if (f.status && i.status != *f.status) return false;
    return m_searchedNeedle.isEmpty() || m_searchHit[size_t(index)];
}

void IncidentTableModel::applyFilter() {
    search(m_filter.search.trimmed().toLower());
    m_visible.clear();
    m_visible.reserve(m_order.size());
    for (int row : m_order) {
        if (accepts(row)) m_visible.push_back(row);
    }
}

void IncidentTableModel::rebuildOrder() {
    m_order.resize(size_t(m_all.size()));
    std::iota(m_order.begin(), m_order.end(), 0);
    // Enums sort by their label so the column reads alphabetically in the language shown; the
    // labels are ranked once per sort, not looked up per comparison.
    auto byLabel = [this](auto key) {
        using E = decltype(key(m_all.front()));
        const QList<E> values = allValues<E>();
        QList<qsizetype> byText(values.size());
        std::iota(byText.begin(), byText.end(), 0);
        std::sort(byText.begin(), byText.end(), [&](qsizetype a, qsizetype b) {
            return QString::localeAwareCompare(Taxonomy::label(values[a]), Taxonomy::label(values[b])) < 0;
        });
        std::vector<int> rank(size_t(values.size()), 0);
        for (qsizetype r = 0; r < byText.size(); ++r)
            rank[size_t(byText[r])] = int(r);
        return std::function<bool(int, int)>([this, key, rank](int a, int b) {
            return rank[size_t(valueIndex(key(m_all[a])))] < rank[size_t(valueIndex(key(m_all[b])))];
        });
    };
    auto byWhen = [this](int a, int b) { return m_keys[size_t(a)].when < m_keys[size_t(b)].when; };
    std::function<bool(int, int)> less;
    switch (m_sortColumn) {
    case StageColumn:
        if (!m_all.isEmpty()) less = byLabel([](const Incident& i) { return i.stage; });
        break;
    case ErrorTypeColumn:
        if (!m_all.isEmpty()) less = byLabel([](const Incident& i) { return i.errorType; });
        break;
    case ConsequenceColumn:
        less = [this](int a, int b) { return m_all[a].overallCategory() < m_all[b].overallCategory(); };
        break;
    case StatusColumn: less = [this](int a, int b) { return m_all[a].status < m_all[b].status; }; break;
    case ReachedColumn: less = [this](int a, int b) { return m_all[a].reachedCitizen < m_all[b].reachedCitizen; }; break;
    case DoctorColumn:
        less = [this](int a, int b) { return m_all[a].requiredDoctorContact < m_all[b].requiredDoctorContact; };
        break;
    case DescriptionColumn:
        // The search key starts with the lower-cased description: a fast, case-blind order.
        less = [this](int a, int b) { return m_keys[size_t(a)].haystack < m_keys[size_t(b)].haystack; };
        break;
    default: break;
    }
    // Ties keep date order (newest first within equal values when descending).
    std::stable_sort(m_order.begin(), m_order.end(), byWhen);
    if (less) std::stable_sort(m_order.begin(), m_order.end(), less);
    if (m_sortOrder == Qt::DescendingOrder) std::reverse(m_order.begin(), m_order.end());
}

void IncidentTableModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= ColumnCount) return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> beforeRows;
    for (const QModelIndex& index : before)
        beforeRows << m_visible[size_t(index.row())];
    m_sortColumn = column;
    m_sortOrder = order;
    rebuildOrder();
    applyFilter();
    if (!before.isEmpty()) {
        std::vector<int> rowOf(m_all.size(), -1);
        for (size_t r = 0; r < m_visible.size(); ++r)
            rowOf[size_t(m_visible[r])] = int(r);
        QModelIndexList after;
        for (qsizetype k = 0; k < before.size(); ++k)
            after << index(rowOf[size_t(beforeRows[k])], before[k].column());
        changePersistentIndexList(before, after);
    }
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

const Incident& IncidentTableModel::incidentAt(int row) const {
    return m_all[m_visible.at(size_t(row))];
}

int IncidentTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_visible.size());
}

int IncidentTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Incident& i = incidentAt(index.row());
    if (role == IncidentIdRole) return i.id.value;
    // The whole text on hover, for a cell the column is too narrow for.
    if (role == Qt::ToolTipRole)
        return index.column() == DescriptionColumn ? QVariant(i.description) : data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole) return {};
    const QLocale locale;
    switch (index.column()) {
    case DateColumn:
        return i.occurredTime.isValid()
                   ? QStringLiteral("%1 %2").arg(locale.toString(i.occurredDate, QLocale::ShortFormat),
                                                 i.occurredTime.toString(QStringLiteral("HH:mm")))
                   : locale.toString(i.occurredDate, QLocale::ShortFormat);
    case StageColumn: return Taxonomy::label(i.stage);
    case ErrorTypeColumn: return Taxonomy::label(i.errorType);
    case ConsequenceColumn: return Taxonomy::label(i.overallCategory());
    case StatusColumn: return Taxonomy::label(i.status);
    case ReachedColumn: return i.reachedCitizen ? tr("Yes") : tr("No");
    case DoctorColumn: return i.requiredDoctorContact ? tr("Yes") : tr("No");
    case DescriptionColumn: {
        const QString firstLine = i.description.section(u'\n', 0, 0);
        return firstLine.size() > 120 ? firstLine.left(117) + QStringLiteral("…") : firstLine;
    }
    default: return {};
    }
}

QVariant IncidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        // The two yes/no columns carry short headers (their cells are "Ja"/"Nej"); the whole
        // question on hover.
        if (section == ReachedColumn) return tr("Reached the citizen");
        if (section == DoctorColumn) return tr("Required a doctor's contact");
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Date");
    case StageColumn: return tr("Process stage");
    case ErrorTypeColumn: return tr("Error type");
    case ConsequenceColumn: return tr("Overall category");
    case StatusColumn: return tr("Status");
    case ReachedColumn: return tr("Citizen");
    case DoctorColumn: return tr("Doctor");
    case DescriptionColumn: return tr("Description");
    default: return {};
    }
}

} // namespace medsafe::models
