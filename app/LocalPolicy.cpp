#include "LocalPolicy.h"

#include "LocalCache.h"
#include "core/PolicyWire.h"
#include "db/OutboxStore.h"
#include "db/ReferenceStore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUuid>

namespace tyndau {

LocalPolicy::LocalPolicy(LocalCache& cache)
    : m_cache(cache)
{
}

template <typename Write>
Result<void> LocalPolicy::queue(const QJsonObject& change, Write write)
{
    QJsonObject op = change;
    op.insert(QStringLiteral("op_id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    Transaction tx(m_cache.db());
    if (!tx.started())
        return tx.startError();
    if (auto w = write(ReferenceStore(m_cache.db())); !w)
        return w;
    if (auto w = OutboxStore(m_cache.db()).enqueue(op, QUuid()); !w)
        return w;
    if (auto c = tx.commit(); !c)
        return c;
    return m_cache.reloadPolicy();
}

Result<void> LocalPolicy::setTerm(RequestKind kind, int workingDays)
{
    if (workingDays < 1 || workingDays > 60)
        return Error {QStringLiteral("invalid"),
                      QCoreApplication::translate("LocalPolicy", "A term is 1 to 60 working days."),
                      QStringLiteral("working_days")};
    return queue(QJsonObject {{QStringLiteral("type"), QStringLiteral("set_deadline_term")},
                              {QStringLiteral("kind"), toCode(kind)},
                              {QStringLiteral("working_days"), workingDays}},
                 [&](ReferenceStore store) { return store.setDeadlineTerm(kind, workingDays); });
}

Result<void> LocalPolicy::setDay(const CalendarDay& day)
{
    if (!day.date.isValid())
        return Error {QStringLiteral("invalid"),
                      QCoreApplication::translate("LocalPolicy", "Choose the date."), QStringLiteral("date")};
    return queue(QJsonObject {{QStringLiteral("type"), QStringLiteral("set_calendar_day")},
                              {QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                              {QStringLiteral("day_kind"), PolicyWire::toCode(day.kind)},
                              {QStringLiteral("name_kk"), day.nameKk},
                              {QStringLiteral("name_ru"), day.nameRu},
                              {QStringLiteral("name_en"), day.nameEn}},
                 [&](ReferenceStore store) { return store.setCalendarDay(day); });
}

Result<void> LocalPolicy::removeDay(QDate date)
{
    return queue(QJsonObject {{QStringLiteral("type"), QStringLiteral("remove_calendar_day")},
                              {QStringLiteral("date"), date.toString(Qt::ISODate)}},
                 [&](ReferenceStore store) { return store.removeCalendarDay(date); });
}

} // namespace tyndau
