#include "LocalPolicy.h"

#include "LocalCache.h"
#include "core/PolicyWire.h"
#include "db/ReferenceStore.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tyndau {

LocalPolicy::LocalPolicy(LocalCache& cache)
    : m_cache(cache)
{
}

Result<void> LocalPolicy::setTerm(RequestKind kind, int workingDays)
{
    if (workingDays < 1 || workingDays > 60)
        return Error {QStringLiteral("invalid"),
                      QCoreApplication::translate("LocalPolicy", "A term is 1 to 60 working days."),
                      QStringLiteral("working_days")};
    return m_cache.queueChange(
        QJsonObject {{QStringLiteral("type"), QStringLiteral("set_deadline_term")},
                     {QStringLiteral("kind"), toCode(kind)},
                     {QStringLiteral("working_days"), workingDays}},
        [&](Database& db) { return ReferenceStore(db).setDeadlineTerm(kind, workingDays); });
}

Result<void> LocalPolicy::setDay(const CalendarDay& day)
{
    if (!day.date.isValid())
        return Error {QStringLiteral("invalid"),
                      QCoreApplication::translate("LocalPolicy", "Choose the date."), QStringLiteral("date")};
    return m_cache.queueChange(QJsonObject {{QStringLiteral("type"), QStringLiteral("set_calendar_day")},
                                            {QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                                            {QStringLiteral("day_kind"), PolicyWire::toCode(day.kind)},
                                            {QStringLiteral("name_kk"), day.nameKk},
                                            {QStringLiteral("name_ru"), day.nameRu},
                                            {QStringLiteral("name_en"), day.nameEn}},
                               [&](Database& db) { return ReferenceStore(db).setCalendarDay(day); });
}

Result<void> LocalPolicy::removeDay(QDate date)
{
    return m_cache.queueChange(QJsonObject {{QStringLiteral("type"), QStringLiteral("remove_calendar_day")},
                                            {QStringLiteral("date"), date.toString(Qt::ISODate)}},
                               [&](Database& db) { return ReferenceStore(db).removeCalendarDay(date); });
}

} // namespace tyndau
