#include "WorkingCalendar.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace tyndau {
namespace {

Error calendarError(const QString& detail)
{
    return Error {
        QStringLiteral("invalid_calendar"),
        QCoreApplication::translate("WorkingCalendar", "The holiday calendar is damaged: %1").arg(detail),
        {}};
}

bool readDays(const QJsonArray& array, CalendarDay::Kind kind, WorkingCalendar& out, QString& problem)
{
    for (const auto& item : array) {
        const QJsonObject o = item.toObject();
        const QDate date = QDate::fromString(o.value(QLatin1String("date")).toString(), Qt::ISODate);
        if (!date.isValid()) {
            problem = QStringLiteral("bad date %1").arg(o.value(QLatin1String("date")).toString());
            return false;
        }
        // Holidays carry their own name; days off and working days carry the reason.
        auto text = [&](const char* lang) {
            const QString key = QLatin1String(lang);
            const QString name = o.value(key).toString();
            return name.isEmpty() ? o.value(QStringLiteral("reason_") + key).toString() : name;
        };
        out.set(CalendarDay {date, kind, text("kk"), text("ru"), text("en")});
    }
    return true;
}

} // namespace

Result<WorkingCalendar> WorkingCalendar::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return calendarError(parseError.errorString());
    const QJsonObject years = doc.object().value(QLatin1String("years")).toObject();
    if (years.isEmpty())
        return calendarError(QStringLiteral("no years"));
    WorkingCalendar calendar;
    QString problem;
    for (auto it = years.begin(); it != years.end(); ++it) {
        const QJsonObject year = it.value().toObject();
        if (!readDays(year.value(QLatin1String("holidays")).toArray(), CalendarDay::Kind::Holiday, calendar,
                      problem)
            || !readDays(year.value(QLatin1String("days_off")).toArray(), CalendarDay::Kind::DayOff, calendar,
                         problem)
            || !readDays(year.value(QLatin1String("working_days")).toArray(), CalendarDay::Kind::WorkingDay,
                         calendar, problem))
            return calendarError(problem);
    }
    return calendar;
}

const WorkingCalendar& WorkingCalendar::kazakhstan()
{
    static const WorkingCalendar shipped = [] {
        QFile file(QStringLiteral(":/tyndau/calendar/kz-holidays.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the shipped holiday calendar is missing from the resources");
        auto calendar = fromJson(file.readAll());
        if (!calendar)
            qFatal("%s", qPrintable(calendar.error().message));
        return std::move(calendar).value();
    }();
    return shipped;
}

void WorkingCalendar::set(const CalendarDay& day)
{
    m_days.insert(day.date, day);
}

void WorkingCalendar::remove(QDate date)
{
    m_days.remove(date);
}

QList<CalendarDay> WorkingCalendar::days() const
{
    QList<CalendarDay> out = m_days.values();
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.date < b.date; });
    return out;
}

const CalendarDay* WorkingCalendar::find(QDate date) const
{
    const auto it = m_days.constFind(date);
    return it == m_days.cend() ? nullptr : &it.value();
}

bool WorkingCalendar::isWorkingDay(QDate date) const
{
    if (const CalendarDay* special = find(date))
        return special->kind == CalendarDay::Kind::WorkingDay;
    return date.dayOfWeek() <= 5;
}

QDate WorkingCalendar::addWorkingDays(QDate from, int n) const
{
    QDate day = from;
    while (n > 0) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            --n;
    }
    return day;
}

int WorkingCalendar::workingDaysBetween(QDate from, QDate to) const
{
    if (to < from)
        return -workingDaysBetween(to, from);
    int count = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1)) {
        if (isWorkingDay(day))
            ++count;
    }
    return count;
}

} // namespace tyndau
