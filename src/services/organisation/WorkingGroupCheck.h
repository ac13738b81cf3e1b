#pragma once

#include "domain/Person.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace medsafe::services {

// The programme asks each botilbud for a tovholder, a leader and a working group of 3 to 5 staff
// besides them (docs/domain.md). Says in plain Danish what is missing or too much among the
// active people; nothing when the group is as the programme wants it.
class WorkingGroupCheck {
    Q_DECLARE_TR_FUNCTIONS(WorkingGroupCheck)

public:
    static constexpr int kMinMembers = 3;
    static constexpr int kMaxMembers = 5;

    // Active working-group members who are neither the tovholder nor the leader.
    static int members(const QList<domain::Person>& people);
    static QStringList warnings(const QList<domain::Person>& people);
};

} // namespace medsafe::services
