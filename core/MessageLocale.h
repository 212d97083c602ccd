#pragma once

#include <QLocale>

#include <optional>

namespace tyndau {

// The locale of the numbers and dates inside a message for a user ("more than the district's
// whole budget of 60 000 000 tenge"). The workstation writes them as its interface does
// (QLocale(), which UiLanguage sets). The server answers users of several languages from one
// thread, each request in its client's language (server/RequestLanguage), so it sets the
// locale for the thread while it answers (Scope).
class MessageLocale
{
public:
    static QLocale current();
    // How the readers of a language ("kk", "ru", "en") write numbers and dates: Kazakh and
    // Russian as in Kazakhstan, English as in the United States.
    static QLocale of(const QString& language);

    // Messages made on this thread write their numbers and dates the `locale`'s way until the
    // scope ends.
    class Scope
    {
    public:
        explicit Scope(const QLocale& locale);
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        std::optional<QLocale> m_previous;
    };
};

} // namespace tyndau
