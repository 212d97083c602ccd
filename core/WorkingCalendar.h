#pragma once

#include "Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace tyndau {

// A special day of the calendar: a public holiday, an extra day off (a holiday carried over
// from a weekend, a transfer by decree), or a weekend day made working by a transfer.
struct CalendarDay
{
    enum class Kind
    {
        Holiday,
        DayOff,
        WorkingDay
    };

    QDate date;
    Kind kind = Kind::Holiday;
    QString nameKk;
    QString nameRu;
    QString nameEn;

    bool operator==(const CalendarDay&) const = default;
};

// Working days as data, not code: the shipped Kazakhstan calendar is a starting point an
// admin edits (a moved Kurban Ait, next year's transfer decree).
class WorkingCalendar
{
public:
    WorkingCalendar() = default;

    static Result<WorkingCalendar> fromJson(const QByteArray& json);
    static const WorkingCalendar& kazakhstan(); // the shipped data, loaded once

    void set(const CalendarDay& day);
    void remove(QDate date);
    QList<CalendarDay> days() const; // sorted by date
    const CalendarDay* find(QDate date) const;

    bool isWorkingDay(QDate date) const;

    // The n-th working day after `from` (from itself not counted): the deadline of a term of
    // n working days counted from a registration on `from`. n <= 0 returns `from`.
    QDate addWorkingDays(QDate from, int n) const;

    // Working days in (from, to]; negative when to < from.
    int workingDaysBetween(QDate from, QDate to) const;

private:
    QHash<QDate, CalendarDay> m_days;
};

} // namespace tyndau
