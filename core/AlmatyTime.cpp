#include "AlmatyTime.h"

#include "Clock.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tyndau {

QTimeZone AlmatyTime::zone()
{
    // The system's tz database knows the 2024 change. Without one (a bare container),
    // fall back to today's fixed offset rather than to UTC.
    static const QTimeZone tz = [] {
        QTimeZone z(QByteArrayLiteral("Asia/Almaty"));
        return z.isValid() ? z : QTimeZone(5 * 3600);
    }();
    return tz;
}

QDateTime AlmatyTime::toLocal(const QDateTime& utc)
{
    return utc.toTimeZone(zone());
}

QDate AlmatyTime::dateOf(const QDateTime& utc)
{
    return toLocal(utc).date();
}

QDate AlmatyTime::today()
{
    return dateOf(Clock::currentUtc());
}

QDateTime AlmatyTime::startOfDay(QDate day)
{
    return QDateTime(day, QTime(0, 0), zone()).toUTC();
}

TimeSpan AlmatyTime::days(QDate first, QDate last)
{
    return TimeSpan {startOfDay(first), startOfDay(last.addDays(1)), first, last};
}

TimeSpan AlmatyTime::week(int isoYear, int isoWeek)
{
    // 4 January is always in ISO week 1.
    const QDate jan4(isoYear, 1, 4);
    const QDate monday = jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (isoWeek - 1));
    return days(monday, monday.addDays(6));
}

TimeSpan AlmatyTime::weekContaining(QDate day)
{
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    return days(monday, monday.addDays(6));
}

QString AlmatyTime::weekCode(QDate day)
{
    int year = 0;
    const int w = day.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(w, 2, 10, QLatin1Char('0'));
}

Result<TimeSpan> AlmatyTime::parseWeek(const QString& isoWeek)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-?W(\\d{1,2})$"));
    const auto m = re.match(isoWeek.trimmed().toUpper());
    const Error bad {QStringLiteral("invalid_week"),
                     QCoreApplication::translate("AlmatyTime", "A week is written like 2026-W47."),
                     QStringLiteral("week")};
    if (!m.hasMatch())
        return bad;
    const int year = m.captured(1).toInt();
    const int w = m.captured(2).toInt();
    // A year has 53 ISO weeks when 28 December falls in week 53.
    const int weeksInYear = QDate(year, 12, 28).weekNumber();
    if (w < 1 || w > weeksInYear)
        return bad;
    return week(year, w);
}

} // namespace tyndau
