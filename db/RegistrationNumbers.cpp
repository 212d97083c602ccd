#include "RegistrationNumbers.h"

#include "Database.h"

namespace tyndau {

RegistrationNumbers::RegistrationNumbers(Database& db)
    : m_db(db)
{
}

Result<QString> RegistrationNumbers::next(int year)
{
    QSqlQuery q = m_db.query();
    q.prepare(
        QStringLiteral("INSERT INTO number_counters (year, last) VALUES (?, 1) "
                       "ON CONFLICT (year) DO UPDATE SET last = number_counters.last + 1 RETURNING last"));
    q.addBindValue(year);
    if (auto r = Database::run(q); !r)
        return r.error();
    if (!q.next())
        return Database::errorOf(q);
    return QStringLiteral("%1-%2").arg(year).arg(q.value(0).toLongLong(), 6, 10, QLatin1Char('0'));
}

} // namespace tyndau
