#pragma once

#include "domain/CompetenceAnswer.h"
#include "domain/CompetenceTopic.h"
#include "domain/Person.h"

#include <QAbstractTableModel>
#include <QHash>
#include <optional>

namespace medsafe::models {

// The competence survey as a matrix: one row per staff member, one column per topic, each cell
// the self-rated level 1–4 (coloured red to green) with a mark for a training need; two summary
// rows below (average, and how many are at level 1–2 — the gaps). In comparison mode each cell
// shows the change from an earlier round (↑/↓) and cannot be edited. Holds snapshots; runs no
// SQL: an edit emits answerEdited for the view to save. GUI thread.
class CompetenceMatrixModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        LevelRole = Qt::UserRole + 1, // int 1–4, or invalid when not answered
        NeedRole,                     // bool
        SummaryRole,                  // bool: the row is a summary row
    };
    static constexpr int kSummaryRows = 2;
    static constexpr char16_t kNeedMark = u'\u2691'; // ⚑

    explicit CompetenceMatrixModel(QObject* parent = nullptr);

    void setSurvey(const QList<domain::Person>& staff, const QList<domain::CompetenceTopic>& topics,
                   domain::SurveyRoundId round, const QList<domain::CompetenceAnswer>& answers);
    // Compares the shown round with `earlier`; nothing turns comparison off.
    void setComparison(std::optional<QList<domain::CompetenceAnswer>> earlier);
    bool isComparing() const { return m_earlier.has_value(); }

    int staffCount() const { return static_cast<int>(m_staff.size()); }
    const domain::CompetenceTopic& topicAt(int column) const { return m_topics.at(column); }
    std::optional<domain::CompetenceAnswer> answerAt(int row, int column) const;
    // How many staff answered the topic at level 1–2, and how many answered it at all.
    std::pair<int, int> gapCount(int column) const;
    std::optional<double> average(int column, bool earlier = false) const;
    static QColor levelColour(int level);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    // Qt::EditRole takes a level 1–4; NeedRole takes a bool.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    void answerEdited(const domain::CompetenceAnswer& answer);

private:
    static qint64 key(domain::PersonId person, domain::CompetenceTopicId topic) {
        return (person.value << 20) ^ topic.value;
    }
    QVariant cellData(int row, int column, int role) const;
    QVariant summaryData(int summary, int column, int role) const;

    QList<domain::Person> m_staff;
    QList<domain::CompetenceTopic> m_topics;
    domain::SurveyRoundId m_round;
    QHash<qint64, domain::CompetenceAnswer> m_answers;
    std::optional<QHash<qint64, domain::CompetenceAnswer>> m_earlier;
};

} // namespace medsafe::models
