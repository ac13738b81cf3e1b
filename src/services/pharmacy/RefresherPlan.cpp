#include "services/pharmacy/RefresherPlan.h"

#include <algorithm>
#include <tuple>

namespace medsafe::services {

int TopicRefreshers::overdueCount() const {
    return int(
        std::count_if(people.cbegin(), people.cend(), [](const RefresherStanding& s) { return s.overdue; }));
}

QDate RefresherPlan::dueAfter(const domain::TrainingRecord& record,
                              const QList<domain::CompetenceTopic>& topics) {
    if (!record.topicId || !record.completedDate.isValid()) return {};
    for (const domain::CompetenceTopic& topic : topics) {
        if (topic.id == *record.topicId && topic.refresherMonths)
            return record.completedDate.addMonths(*topic.refresherMonths);
    }
    return {};
}

QList<TopicRefreshers> RefresherPlan::plan(const QList<domain::CompetenceTopic>& topics,
                                           const QList<domain::Person>& people,
                                           const QList<domain::TrainingRecord>& training,
                                           const QDate& today) {
    QList<TopicRefreshers> plans;
    for (const domain::CompetenceTopic& topic : topics) {
        if (!topic.refresherMonths) continue;
        TopicRefreshers plan{topic, {}};
        for (const domain::Person& person : people) {
            if (!person.active || !person.handlesMedicine) continue;
            RefresherStanding standing{person, {}, {}, true};
            const domain::TrainingRecord* last = nullptr;
            for (const domain::TrainingRecord& record : training) {
                if (record.personId != person.id || record.topicId != topic.id) continue;
                if (!last || record.completedDate > last->completedDate) last = &record;
            }
            if (last) {
                standing.lastCompleted = last->completedDate;
                standing.due = last->refresherDue.isValid()
                                   ? last->refresherDue
                                   : last->completedDate.addMonths(*topic.refresherMonths);
                standing.overdue = standing.due < today;
            }
            plan.people << standing;
        }
        // Overdue first, the never trained first among them; then by due date, then by name.
        const auto key = [](const RefresherStanding& s) {
            return std::tuple(!s.overdue, s.due.isValid(), s.due.isValid() ? s.due.toJulianDay() : 0);
        };
        std::stable_sort(plan.people.begin(), plan.people.end(),
                         [&key](const RefresherStanding& a, const RefresherStanding& b) {
                             if (key(a) != key(b)) return key(a) < key(b);
                             return a.person.name.localeAwareCompare(b.person.name) < 0;
                         });
        plans << plan;
    }
    return plans;
}

} // namespace medsafe::services
