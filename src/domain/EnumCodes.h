#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <array>
#include <cstddef>
#include <optional>
#include <utility>

namespace medsafe::domain {

// Stable text codes for enums, used by storage and data packages. Codes are ASCII, never
// translated and never changed once released: renaming a code is a schema migration.
// Each enum specialises EnumCodeTable with a `kEntries` array of {value, code} pairs.
template <typename E> struct EnumCodeTable;

template <typename E> struct EnumCode {
    E value;
    const char* code;
};

template <typename E>
concept CodedEnum = requires {
    EnumCodeTable<E>::kEntries;
};

template <CodedEnum E> QString toCode(E value) {
    for (const auto& entry : EnumCodeTable<E>::kEntries) {
        if (entry.value == value) return QString::fromLatin1(entry.code);
    }
    return {};
}

template <CodedEnum E> std::optional<E> fromCode(QStringView code) {
    for (const auto& entry : EnumCodeTable<E>::kEntries) {
        if (code == QLatin1String(entry.code)) return entry.value;
    }
    return std::nullopt;
}

// Every value in its declared (display) order.
template <CodedEnum E> QList<E> allValues() {
    QList<E> values;
    for (const auto& entry : EnumCodeTable<E>::kEntries)
        values.append(entry.value);
    return values;
}

} // namespace medsafe::domain
