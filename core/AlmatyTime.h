#pragma once

#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace tyndau {

// A half-open span of time [begin, end) in UTC, with the Almaty calendar dates it covers.
struct TimeSpan
{
    QDateTime begin; // UTC
    QDateTime end; // UTC, exclusive
    QDate firstDay; // Asia/Almaty
    QDate lastDay; // Asia/Almaty, inclusive
};

// Asia/Almaty: UTC+5 since 1 March 2024 (UTC+6 before). Report weeks run Monday to Sunday
// there.
class AlmatyTime
{
public:
    static QTimeZone zone();
    static QDateTime toLocal(const QDateTime& utc);
    static QDate dateOf(const QDateTime& utc);
    static QDate today();
    // The UTC instant of midnight starting the given Almaty day.
    static QDateTime startOfDay(QDate day);

    // "2026-W47" (ISO 8601 week) → that Monday..Sunday in Almaty.
    static Result<TimeSpan> parseWeek(const QString& isoWeek);
    static TimeSpan week(int isoYear, int isoWeek);
    static TimeSpan weekContaining(QDate day);
    static TimeSpan days(QDate first, QDate last);
    static QString weekCode(QDate day); // the "2026-W47" of the week that holds the day
};

} // namespace tyndau
