#include "models/programme/CompetenceMatrixModel.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace medsafe::models {

namespace {
const QColor kSummaryBackground(0xf2, 0xf2, 0xf2);

QString arrow(double from, double to) {
    if (to > from) return QStringLiteral("\u2191"); // ↑
    if (to < from) return QStringLiteral("\u2193"); // ↓
    return QStringLiteral("=");
}
} // namespace

CompetenceMatrixModel::CompetenceMatrixModel(QObject* parent) : QAbstractTableModel(parent) {}

void CompetenceMatrixModel::setSurvey(const QList<domain::Person>& staff, const QList<domain::CompetenceTopic>& topics,
                                      domain::SurveyRoundId round, const QList<domain::CompetenceAnswer>& answers) {
    beginResetModel();
    m_staff = staff;
    m_topics = topics;
    m_round = round;
    m_answers.clear();
    for (const auto& answer : answers) m_answers.insert(key(answer.personId, answer.topicId), answer);
    m_earlier.reset();
    endResetModel();
}

void CompetenceMatrixModel::setComparison(std::optional<QList<domain::CompetenceAnswer>> earlier) {
    beginResetModel();
    m_earlier.reset();
    if (earlier) {
        m_earlier.emplace();
        for (const auto& answer : *earlier) m_earlier->insert(key(answer.personId, answer.topicId), answer);
    }
    endResetModel();
}

QColor CompetenceMatrixModel::levelColour(int level) {
    switch (level) {
    case 1: return QColor(0xf2, 0xa3, 0x9b);
    case 2: return QColor(0xf9, 0xd2, 0x9d);
    case 3: return QColor(0xd5, 0xea, 0xb0);
    case 4: return QColor(0x9c, 0xd6, 0xa4);
    default: return {};
    }
}

std::optional<domain::CompetenceAnswer> CompetenceMatrixModel::answerAt(int row, int column) const {
    if (row < 0 || row >= m_staff.size() || column < 0 || column >= m_topics.size()) return std::nullopt;
    const auto it = m_answers.constFind(key(m_staff.at(row).id, m_topics.at(column).id));
    return it != m_answers.cend() ? std::optional(*it) : std::nullopt;
}

std::pair<int, int> CompetenceMatrixModel::gapCount(int column) const {
    int low = 0;
    int answered = 0;
    for (int row = 0; row < m_staff.size(); ++row) {
        if (const auto answer = answerAt(row, column)) {
            ++answered;
            if (answer->level <= 2) ++low;
        }
    }
    return {low, answered};
}

std::optional<double> CompetenceMatrixModel::average(int column, bool earlier) const {
    const QHash<qint64, domain::CompetenceAnswer>* answers = earlier ? (m_earlier ? &*m_earlier : nullptr) : &m_answers;
    if (!answers || column < 0 || column >= m_topics.size()) return std::nullopt;
    double sum = 0;
    int count = 0;
    for (const auto& person : m_staff) {
        const auto it = answers->constFind(key(person.id, m_topics.at(column).id));
        if (it == answers->cend()) continue;
        sum += it->level;
        ++count;
    }
    return count > 0 ? std::optional(sum / count) : std::nullopt;
}

int CompetenceMatrixModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || m_topics.isEmpty() ? 0 : static_cast<int>(m_staff.size()) + kSummaryRows;
}

int CompetenceMatrixModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_topics.size());
}

QVariant CompetenceMatrixModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    if (index.row() >= m_staff.size()) {
        if (role == SummaryRole) return true;
        return summaryData(index.row() - static_cast<int>(m_staff.size()), index.column(), role);
    }
    if (role == SummaryRole) return false;
    return cellData(index.row(), index.column(), role);
}

QVariant CompetenceMatrixModel::cellData(int row, int column, int role) const {
    const auto answer = answerAt(row, column);
    std::optional<domain::CompetenceAnswer> before;
    if (m_earlier) {
        const auto it = m_earlier->constFind(key(m_staff.at(row).id, m_topics.at(column).id));
        if (it != m_earlier->cend()) before = *it;
    }
    switch (role) {
    case Qt::DisplayRole: {
        if (m_earlier) {
            if (!answer && !before) return QString();
            const QString from = before ? QString::number(before->level) : QStringLiteral("–");
            const QString to = answer ? QString::number(answer->level) : QStringLiteral("–");
            const QString change = answer && before ? arrow(before->level, answer->level) : QString();
            return QStringLiteral("%1 → %2 %3").arg(from, to, change).trimmed();
        }
        if (!answer) return QStringLiteral("–");
        return answer->trainingNeed ? QStringLiteral("%1 %2").arg(answer->level).arg(QChar(kNeedMark))
                                    : QString::number(answer->level);
    }
    case Qt::EditRole: return answer ? QVariant(answer->level) : QVariant();
    case LevelRole: return answer ? QVariant(answer->level) : QVariant();
    case NeedRole: return answer && answer->trainingNeed;
    case Qt::TextAlignmentRole: return Qt::AlignCenter;
    case Qt::BackgroundRole: return answer ? QVariant(levelColour(answer->level)) : QVariant();
    case Qt::FontRole:
        if (m_earlier && answer && before && answer->level != before->level) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole: {
        if (!answer) return tr("Not answered");
        QString text = tr("%1 – %2: level %3 of 4").arg(m_staff.at(row).name, m_topics.at(column).name).arg(answer->level);
        if (before) text += u'\n' + tr("Earlier round: level %1").arg(before->level);
        if (answer->trainingNeed) text += u'\n' + tr("Has asked for training in this topic");
        return text;
    }
    default: return {};
    }
}

QVariant CompetenceMatrixModel::summaryData(int summary, int column, int role) const {
    if (role == Qt::BackgroundRole) return kSummaryBackground;
    if (role == Qt::TextAlignmentRole) return Qt::AlignCenter;
    if (role == Qt::FontRole) {
        QFont font;
        font.setBold(true);
        return font;
    }
    const QLocale locale;
    if (summary == 0) { // average
        const auto now = average(column);
        const auto before = average(column, true);
        if (role == Qt::ToolTipRole) return tr("Average level of the staff who answered");
        if (role != Qt::DisplayRole) return {};
        if (!now) return QStringLiteral("–");
        if (m_earlier && before)
            return QStringLiteral("%1 → %2 %3")
                .arg(locale.toString(*before, 'f', 1), locale.toString(*now, 'f', 1), arrow(*before, *now));
        return locale.toString(*now, 'f', 1);
    }
    const auto [low, answered] = gapCount(column);
    if (role == Qt::ToolTipRole)
        return tr("%1 of %2 staff members rate themselves at level 1–2 in %3")
            .arg(low)
            .arg(answered)
            .arg(m_topics.at(column).name);
    if (role == Qt::ForegroundRole && answered > 0 && low * 4 >= answered) return QColor(0x9b, 0x1c, 0x1c);
    if (role != Qt::DisplayRole) return {};
    return tr("%1 of %2").arg(low).arg(answered);
}

bool CompetenceMatrixModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || m_earlier || index.row() >= m_staff.size()) return false;
    domain::CompetenceAnswer answer = answerAt(index.row(), index.column())
                                          .value_or(domain::CompetenceAnswer{m_round, m_staff.at(index.row()).id,
                                                                             m_topics.at(index.column()).id, 0, false});
    if (role == Qt::EditRole) {
        bool ok = false;
        const int level = value.toInt(&ok);
        if (!ok || level < domain::CompetenceAnswer::kMinLevel || level > domain::CompetenceAnswer::kMaxLevel)
            return false;
        answer.level = level;
    } else if (role == NeedRole) {
        if (answer.level == 0) return false; // a need belongs to an answer
        answer.trainingNeed = value.toBool();
    } else {
        return false;
    }
    m_answers.insert(key(answer.personId, answer.topicId), answer);
    const int summaryRow = static_cast<int>(m_staff.size());
    emit dataChanged(index, index);
    emit dataChanged(this->index(summaryRow, index.column()), this->index(summaryRow + 1, index.column()));
    emit answerEdited(answer);
    return true;
}

QVariant CompetenceMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_topics.size()) return {};
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) return m_topics.at(section).name;
        return {};
    }
    if (section < 0 || section >= rowCount()) return {};
    if (role == Qt::DisplayRole) {
        if (section < m_staff.size()) return m_staff.at(section).name;
        return section == m_staff.size() ? tr("Average") : tr("At level 1–2");
    }
    if (role == Qt::FontRole && section >= m_staff.size()) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

Qt::ItemFlags CompetenceMatrixModel::flags(const QModelIndex& index) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) return Qt::NoItemFlags;
    if (index.row() >= m_staff.size()) return Qt::ItemIsEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_earlier) flags |= Qt::ItemIsEditable;
    return flags;
}

} // namespace medsafe::models
