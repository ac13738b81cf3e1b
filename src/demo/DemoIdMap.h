#pragma once

#include <QHash>

namespace medsafe::demo {

// Provisional id (from the generator) -> id the database handed out, for one id type.
template <typename IdType>
class DemoIdMap {
public:
    void insert(IdType provisional, IdType stored) { m_map.insert(provisional.value, stored.value); }
    IdType operator()(IdType provisional) const { return IdType{m_map.value(provisional.value)}; }
    template <typename Optional>
    Optional operator()(const Optional& provisional) const
    {
        return provisional ? Optional((*this)(*provisional)) : Optional();
    }

private:
    QHash<qint64, qint64> m_map;
};

} // namespace medsafe::demo
