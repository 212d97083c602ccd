#pragma once

#include "core/MessageLocale.h"

#include <QByteArray>
#include <QString>

namespace tyndau {

struct HttpRequest;

// The language of the messages the server writes while it handles one request: the one its
// client asked for with Accept-Language ("kk", "ru"), else English. A refusal then reaches the
// operator in the workstation's language, worded as the workstation's own checks word it:
// the domain's rules (core/) are translated once, for both programs.
//
// QCoreApplication's translators are global, and the server handles requests from users of
// different languages on one thread after another. So one translator is installed (install())
// and it answers in the language of the thread's current request (Scope).
class RequestLanguage
{
public:
    // Loads the Kazakh and Russian translations and installs the translator. Once, after the
    // QCoreApplication exists; false if a translation could not be loaded.
    static bool install();

    // The best of "kk", "ru" and "en" for an Accept-Language header ("ru-RU,ru;q=0.9,en;q=0.8"):
    // the supported language with the highest weight, the first of equals; "en" when none is.
    static QString fromAcceptLanguage(const QByteArray& header);
    static QString of(const HttpRequest& request); // by its Accept-Language

    static QString current(); // on this thread: "kk", "ru" or "en"

    // Messages made on this thread are in `code` until the scope ends, their numbers and
    // dates written as that language writes them (MessageLocale).
    class Scope
    {
    public:
        explicit Scope(const QString& code);
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        QString m_previous;
        MessageLocale::Scope m_locale;
    };
};

} // namespace tyndau
