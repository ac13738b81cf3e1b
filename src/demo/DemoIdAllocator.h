#pragma once

#include <QtGlobal>

#include <map>
#include <typeindex>

namespace medsafe::demo {

// Hands out provisional ids, counting from 1 per id type, so that generated entities can
// refer to each other before the database assigns the real ids.
class DemoIdAllocator {
public:
    template <typename IdType>
    IdType next()
    {
        return IdType{++m_counters[std::type_index(typeid(IdType))]};
    }

private:
    std::map<std::type_index, qint64> m_counters;
};

} // namespace medsafe::demo
