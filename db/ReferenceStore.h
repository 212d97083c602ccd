#pragma once

#include "core/DeadlinePolicy.h"
#include "core/ReferenceData.h"
#include "core/Result.h"
#include "core/User.h"
#include "core/WorkingCalendar.h"

#include <optional>

namespace tyndau {

class Database;

// Reference data in the database: districts, the category tree, organizations with what
// they serve, streets, users, the working-day calendar and deadline terms. Each import is
// one transaction; importing twice leaves one copy.
class ReferenceStore
{
public:
    explicit ReferenceStore(Database& db);

    Result<void> importReference(const ReferenceData& data);
    Result<ReferenceData> loadReference();

    Result<void> importCalendar(const WorkingCalendar& calendar);
    Result<WorkingCalendar> loadCalendar();
    Result<void> setCalendarDay(const CalendarDay& day);
    Result<void> removeCalendarDay(QDate date);

    Result<void> setDeadlineTerm(RequestKind kind, int workingDays);
    // The whole policy as the server sent it: every calendar exception and term replaced.
    // No transaction of its own: the caller's (a page of the change feed) holds it.
    Result<void> replacePolicy(const DeadlinePolicy& policy);
    // The calendar and the terms as stored: the policy both programs compute deadlines with.
    Result<DeadlinePolicy> loadDeadlinePolicy();

    Result<qint64> upsertUser(const User& user); // by login; returns the id
    Result<std::optional<User>> user(const QString& login);
    Result<QList<User>> users();

private:
    Database& m_db;
};

} // namespace tyndau
