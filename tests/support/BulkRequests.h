#pragma once

#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tyndau::test {

// Fills a SQLite cache with `count` plain requests in one statement, the way a year of
// sync would leave it, in seconds instead of the minutes the real generator takes; for
// tests of what a million rows do to the list. Numbers 2026-000001…, newest last; every
// fourth closed; districts and two categories in turn; due dates spread around today.
// SQL in a test on purpose: the product's stores write one validated request at a time.
inline bool fillBulkRequests(Database& db, qint64 count, qint64 newestMs)
{
    QSqlQuery q = db.query();
    const QString sql = QStringLiteral(R"(
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)
        INSERT INTO requests (id, number, kind, channel, status, citizen_name, citizen_language, address,
                              district_code, category_code, description, org_code, created_at, registered_at,
                              due_date, updated_at, created_by, search_text)
        SELECT printf('%08x-0000-4000-8000-%012x', i, i), printf('2026-%06d', i), 'complaint', 'call_center',
               CASE i % 4 WHEN 0 THEN 'closed' WHEN 1 THEN 'assigned' WHEN 2 THEN 'in_progress' ELSE 'answered' END,
               'Гражданин ' || i, 'ru', 'улица Толе би, ' || (i % 300),
               CASE i % 8 WHEN 0 THEN 'alatau' WHEN 1 THEN 'almaly' WHEN 2 THEN 'auezov' WHEN 3 THEN 'bostandyk'
                          WHEN 4 THEN 'zhetysu' WHEN 5 THEN 'medeu' WHEN 6 THEN 'nauryzbay' ELSE 'turksib' END,
               CASE i % 2 WHEN 0 THEN 'heating.outage' ELSE 'roads.pothole' END,
               'Обращение номер ' || i || (CASE WHEN i % 1000 = 7 THEN ' ёлка' ELSE '' END),
               'alts', %2 - (%1 - i) * 30000, %2 - (%1 - i) * 30000,
               date(%2 / 1000 - (%1 - i) * 30, 'unixepoch', '+21 days'), %2,
               CASE i % 3 WHEN 0 THEN 'operator1' ELSE 'operator2' END,
               '2026-' || printf('%06d', i) || ' гражданин ' || i || ' улица толе би обращение номер ' || i
                   || (CASE WHEN i % 1000 = 7 THEN ' елка' ELSE '' END)
        FROM n)")
                            .arg(count)
                            .arg(newestMs);
    if (!q.exec(sql)) {
        qWarning("bulk fill failed: %s", qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

} // namespace tyndau::test
