#include "services/organisation/WorkingGroupCheck.h"

#include <algorithm>

namespace medsafe::services {

using domain::PersonRole;

namespace {

bool anyActive(const QList<domain::Person>& people, PersonRole role) {
    return std::any_of(people.cbegin(), people.cend(),
                       [role](const domain::Person& p) { return p.active && p.roles.testFlag(role); });
}

} // namespace

int WorkingGroupCheck::members(const QList<domain::Person>& people) {
    return static_cast<int>(std::count_if(people.cbegin(), people.cend(), [](const domain::Person& p) {
        return p.active && p.roles.testFlag(PersonRole::WorkingGroupMember) && !p.roles.testFlag(PersonRole::Tovholder) &&
               !p.roles.testFlag(PersonRole::Leader);
    }));
}

QStringList WorkingGroupCheck::warnings(const QList<domain::Person>& people) {
    QStringList list;
    if (!anyActive(people, PersonRole::Tovholder)) list << tr("The botilbud has no tovholder.");
    if (!anyActive(people, PersonRole::Leader)) list << tr("The botilbud has no leader in the programme.");
    const int n = members(people);
    if (n < kMinMembers)
        list << tr("The working group has %n member(s) besides the tovholder and the leader; the programme asks "
                   "for 3 to 5.", nullptr, n);
    else if (n > kMaxMembers)
        list << tr("The working group has %n members besides the tovholder and the leader; the programme asks "
                   "for 3 to 5.", nullptr, n);
    return list;
}

} // namespace medsafe::services
