#include "UiLanguage.h"

#include "core/MessageLocale.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace tyndau {
namespace {

const QString kSettingsKey = QStringLiteral("ui/language");

} // namespace

UiLanguage::UiLanguage(QObject* parent)
    : QObject(parent)
{
}

UiLanguage::~UiLanguage()
{
    if (m_own)
        QCoreApplication::removeTranslator(m_own.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QStringList UiLanguage::available()
{
    return {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")};
}

QString UiLanguage::nativeName(const QString& code)
{
    // Each language names itself, so it can be found by someone who reads only that one.
    if (code == QLatin1String("kk"))
        return QStringLiteral("Қазақша");
    if (code == QLatin1String("ru"))
        return QStringLiteral("Русский");
    return QStringLiteral("English");
}

QString UiLanguage::current()
{
    const QString code = QLocale().name().left(2);
    return available().contains(code) ? code : QStringLiteral("en");
}

QString UiLanguage::preferred()
{
    const QString saved = QSettings().value(kSettingsKey).toString();
    if (available().contains(saved))
        return saved;
    const QString system = QLocale::system().name().left(2);
    return available().contains(system) ? system : QStringLiteral("ru");
}

bool UiLanguage::apply(const QString& code, Remember remember)
{
    if (!available().contains(code))
        return false;
    for (auto* t : {m_own.get(), m_qt.get()})
        if (t)
            QCoreApplication::removeTranslator(t);
    m_own.reset();
    m_qt.reset();
    QLocale::setDefault(MessageLocale::of(code));
    // English is the source language; its file holds only the plural forms.
    m_own = std::make_unique<QTranslator>();
    bool ok = m_own->load(QStringLiteral(":/i18n/tyndau_") + code);
    QCoreApplication::installTranslator(m_own.get());
    if (code != QLatin1String("en")) {
        // Debian ships Qt's Russian; Kazakh for Qt's own strings is ours (translations/).
        m_qt = std::make_unique<QTranslator>();
        if (!m_qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            ok = m_qt->load(QStringLiteral(":/i18n/qtbase_") + code) && ok;
        QCoreApplication::installTranslator(m_qt.get());
    }
    if (remember == Remember::Yes)
        QSettings().setValue(kSettingsKey, code);
    emit changed(code);
    return ok;
}

} // namespace tyndau
