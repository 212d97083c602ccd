#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace tyndau {

// A user-presentable error: a stable machine code, a message already translated for the
// current UI language (English on the server), and the field it concerns, if any.
struct Error
{
    QString code;
    QString message;
    QString field;

    bool operator==(const Error&) const = default;
};

// Value-or-error returned across layer boundaries. Kept tiny on purpose: Qt 6.4 and
// C++20 have no std::expected yet.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {
    }
    Result(Error error)
        : m_state(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_state); }
    const T& value() const& { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() { return value(); }

    const Error& error() const { return std::get<Error>(m_state); }
    // The value, or a default-constructed one on error (for counts shown to people).
    T value_or_zero() const { return ok() ? value() : T {}; }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace tyndau
