#include "RegistrationNumbers.h"

#include "Database.h"
#include "Statement.h"

namespace tyndau {

RegistrationNumbers::RegistrationNumbers(Database& db)
    : m_db(db)
{
}

Result<QString> RegistrationNumbers::next(int year)
{
    Statement q(
        m_db,
        QStringLiteral("INSERT INTO number_counters (year, last) VALUES (?, 1) "
                       "ON CONFLICT (year) DO UPDATE SET last = number_counters.last + 1 RETURNING last"));
    q.add(year);
    if (auto r = q.run(); !r)
        return r.error();
    if (!q.next())
        return Database::refusal(QStringLiteral("no number was returned"));
    return QStringLiteral("%1-%2").arg(year).arg(q.value(0).toLongLong(), 6, 10, QLatin1Char('0'));
}

} // namespace tyndau
