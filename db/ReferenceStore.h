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
    Result<bool> hasCatalog(); // whether any organization is stored: the data was seeded
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

    // An admin's edit, by code; no transaction of their own (the operation's holds it).
    Result<void> upsertOrganization(const Organization& organization);
    Result<void> upsertCategory(const Category& category); // a new one goes last among its siblings
    // The categories and organizations as the server sent them (a page of the change feed).
    Result<void> replaceCatalog(const QList<Category>& categories, const QList<Organization>& organizations);

    // Moves with every change of the reference data or the deadline policy, so that a server
    // instance knows when what it holds in memory is stale.
    Result<qint64> version();
    Result<void> bumpVersion();

    Result<qint64> upsertUser(const User& user); // by login; returns the id
    Result<std::optional<User>> user(const QString& login);
    Result<QList<User>> users();

private:
    Database& m_db;
};

} // namespace tyndau
