#pragma once

#include "Request.h"
#include "WorkingCalendar.h"

#include <QHash>

namespace tyndau {

enum class DeadlineState
{
    None, // no deadline runs: closed, consulted, draft
    OnTrack, // more than dueSoonDays working days left
    DueSoon, // dueSoonDays working days or fewer left, due date not passed
    Overdue, // the due date has passed and it is still open
};

QString toCode(DeadlineState s);
QString displayName(DeadlineState s);

// Terms in working days per kind of request and the "due soon" warning, as configuration.
// Client and server both compute deadlines and states through this one class.
class DeadlinePolicy
{
public:
    // The Administrative Procedural Code: 15 working days; forwarding and telling the
    // applicant about an extension: 3 working days.
    static constexpr int kDefaultTermDays = 15;
    static constexpr int kForwardTermDays = 3;
    static constexpr int kDefaultDueSoonDays = 3;

    explicit DeadlinePolicy(const WorkingCalendar& calendar);

    void setTerm(RequestKind kind, int workingDays);
    int term(RequestKind kind) const;
    void setDueSoonDays(int workingDays) { m_dueSoonDays = workingDays; }
    int dueSoonDays() const { return m_dueSoonDays; }
    const WorkingCalendar& calendar() const { return m_calendar; }

    // Due date of a request registered at `registeredUtc`.
    QDate dueDate(RequestKind kind, const QDateTime& registeredUtc) const;
    // A deadline extended by `extraWorkingDays` beyond the current due date.
    QDate extended(QDate currentDue, int extraWorkingDays) const;

    DeadlineState state(const Request& request, QDate todayAlmaty) const;
    DeadlineState state(Status status, QDate dueDate, QDate todayAlmaty) const;
    // Working days left until the due date (0 on the day; negative when overdue).
    int workingDaysLeft(QDate dueDate, QDate todayAlmaty) const;

private:
    WorkingCalendar m_calendar;
    QHash<RequestKind, int> m_terms;
    int m_dueSoonDays = kDefaultDueSoonDays;
};

} // namespace tyndau
