#pragma once

// The names of an enum's values as one table, read both ways: the chart types, the runs
// methods and the aggregates all name their values this way (qicharts2's words), and text
// typed by a person or stored in a file is matched without regard to case.
#include <array>
#include <cctype>
#include <optional>
#include <string_view>
#include <utility>

namespace medsafe::analysis::detail {

template <typename Enum, std::size_t N> using NameTable = std::array<std::pair<Enum, std::string_view>, N>;

inline bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

// The name of `value`; the table's first name for a value it does not hold.
template <typename Enum, std::size_t N> std::string_view nameOf(const NameTable<Enum, N>& names, Enum value) {
    for (const auto& [e, name] : names)
        if (e == value) return name;
    return names[0].second;
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const NameTable<Enum, N>& names, std::string_view text) {
    for (const auto& [e, name] : names)
        if (equalsIgnoreCase(text, name)) return e;
    return std::nullopt;
}

} // namespace medsafe::analysis::detail
