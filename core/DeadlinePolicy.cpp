#include "DeadlinePolicy.h"

#include "AlmatyTime.h"

#include <QCoreApplication>

namespace tyndau {

QString toCode(DeadlineState s)
{
    switch (s) {
    case DeadlineState::None:
        return QStringLiteral("none");
    case DeadlineState::OnTrack:
        return QStringLiteral("on_track");
    case DeadlineState::DueSoon:
        return QStringLiteral("due_soon");
    case DeadlineState::Overdue:
        return QStringLiteral("overdue");
    }
    return {};
}

QString displayName(DeadlineState s)
{
    switch (s) {
    case DeadlineState::None:
        return {};
    case DeadlineState::OnTrack:
        return QCoreApplication::translate("Vocabulary", "On track");
    case DeadlineState::DueSoon:
        return QCoreApplication::translate("Vocabulary", "Due soon");
    case DeadlineState::Overdue:
        return QCoreApplication::translate("Vocabulary", "Overdue");
    }
    return {};
}

DeadlinePolicy::DeadlinePolicy(const WorkingCalendar& calendar)
    : m_calendar(calendar)
{
}

void DeadlinePolicy::setTerm(RequestKind kind, int workingDays)
{
    m_terms.insert(kind, workingDays);
}

int DeadlinePolicy::term(RequestKind kind) const
{
    return m_terms.value(kind, kDefaultTermDays);
}

QDate DeadlinePolicy::dueDate(RequestKind kind, const QDateTime& registeredUtc) const
{
    return m_calendar.addWorkingDays(AlmatyTime::dateOf(registeredUtc), term(kind));
}

QDate DeadlinePolicy::extended(QDate currentDue, int extraWorkingDays) const
{
    return m_calendar.addWorkingDays(currentDue, extraWorkingDays);
}

int DeadlinePolicy::workingDaysLeft(QDate dueDate, QDate todayAlmaty) const
{
    return m_calendar.workingDaysBetween(todayAlmaty, dueDate);
}

DeadlineState DeadlinePolicy::state(Status status, QDate dueDate, QDate todayAlmaty) const
{
    // A request waiting for the inspector still counts: the executor's answer arrived, but
    // the citizen has no accepted answer until quality control passes it.
    if (isFinal(status) || status == Status::Draft || !dueDate.isValid())
        return DeadlineState::None;
    if (todayAlmaty > dueDate)
        return DeadlineState::Overdue;
    return workingDaysLeft(dueDate, todayAlmaty) <= m_dueSoonDays ? DeadlineState::DueSoon
                                                                  : DeadlineState::OnTrack;
}

DeadlineState DeadlinePolicy::state(const Request& request, QDate todayAlmaty) const
{
    return state(request.status, request.dueDate, todayAlmaty);
}

} // namespace tyndau
