#pragma once

#include <QObject>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace tyndau {

// The interface language, switched at run time: Tyndau's own translations, Qt's (the
// buttons and menus Qt draws itself) and the locale that dates, numbers and ₸ follow.
// Installing a translator sends every window a LanguageChange event, and each retranslates
// itself; nothing restarts.
class UiLanguage : public QObject
{
    Q_OBJECT

public:
    explicit UiLanguage(QObject* parent = nullptr);
    ~UiLanguage() override;

    static QStringList available(); // "kk", "ru", "en"
    static QString nativeName(const QString& code); // "Қазақша", "Русский", "English"
    static QString current(); // of the default locale: "kk", "ru" or "en"
    // The language saved last time, else the system's when it is one of ours, else Russian.
    static QString preferred();

    enum class Remember
    {
        Yes,
        No, // a report in another language than the user's
    };
    // Installs the language's translations and locale, and remembers the choice.
    bool apply(const QString& code, Remember remember = Remember::Yes);

signals:
    void changed(const QString& code);

private:
    std::unique_ptr<QTranslator> m_own;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace tyndau
