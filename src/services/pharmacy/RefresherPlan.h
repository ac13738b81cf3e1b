#pragma once

#include "domain/CompetenceTopic.h"
#include "domain/Person.h"
#include "domain/TrainingRecord.h"

#include <QDate>
#include <QList>

namespace medsafe::services {

// One person's standing in a topic that needs refreshers.
struct RefresherStanding {
    domain::Person person;
    QDate lastCompleted; // null: never trained in the topic
    QDate due;           // null with lastCompleted: due now
    bool overdue = false;
};

struct TopicRefreshers {
    domain::CompetenceTopic topic;
    QList<RefresherStanding> people; // overdue first (soonest due first), then by name
    int overdueCount() const;
};

// When each member of staff who handles medicine is due a refresher in each topic that has
// an interval (the regular competence refresher the pharmacies ask for): the last course in
// the topic plus the topic's interval, or the course's own refresher date when it has one.
// Someone never trained in the topic is overdue. Stateless.
class RefresherPlan {
public:
    static QList<TopicRefreshers> plan(const QList<domain::CompetenceTopic>& topics,
                                       const QList<domain::Person>& people,
                                       const QList<domain::TrainingRecord>& training, const QDate& today);
    // The refresher date a new course gets from its topic's interval (null: no interval).
    static QDate dueAfter(const domain::TrainingRecord& record, const QList<domain::CompetenceTopic>& topics);
};

} // namespace medsafe::services
