#include "MessageLocale.h"

#include <utility>

namespace tyndau {
namespace {

thread_local std::optional<QLocale> t_locale;

} // namespace

QLocale MessageLocale::of(const QString& language)
{
    if (language == QLatin1String("kk"))
        return QLocale(QLocale::Kazakh, QLocale::Kazakhstan);
    if (language == QLatin1String("ru"))
        return QLocale(QLocale::Russian, QLocale::Kazakhstan);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QLocale MessageLocale::current()
{
    return t_locale ? *t_locale : QLocale();
}

MessageLocale::Scope::Scope(const QLocale& locale)
    : m_previous(std::exchange(t_locale, locale))
{
}

MessageLocale::Scope::~Scope()
{
    t_locale = m_previous;
}

} // namespace tyndau
