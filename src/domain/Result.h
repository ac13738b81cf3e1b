#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace medsafe {

// An error travelling up from a lower layer: a technical English message for the log,
// plus an optional already-translated text for the person (set where the layer knows it).
struct Error {
    QString message;     // technical, English, for the log
    QString userMessage; // translated via tr(); may be empty
    // Someone else saved the same record since it was read (optimistic concurrency): nothing
    // was written, and the caller may show both versions and let the person choose.
    bool conflict = false;
    // The signed-in person's role does not allow the action: nothing was written.
    bool forbidden = false;

    static Error technical(QString msg) { return Error{std::move(msg), {}}; }
    static Error forUser(QString technicalMsg, QString translated) {
        return Error{std::move(technicalMsg), std::move(translated)};
    }
    static Error saveConflict(QString technicalMsg, QString translated) {
        return Error{std::move(technicalMsg), std::move(translated), true};
    }
    static Error refused(QString technicalMsg, QString translated) {
        return Error{std::move(technicalMsg), std::move(translated), false, true};
    }
    // What to show a person: the translated text where there is one.
    QString display() const { return userMessage.isEmpty() ? message : userMessage; }
};

// Either a value or an Error. A small stand-in for std::expected (C++23, not in GCC 12).
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_data); }
    const T& value() const& { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For operations that return nothing on success.
struct Unit {};
using Status = Result<Unit>;
inline Status success() {
    return Unit{};
}

} // namespace medsafe
