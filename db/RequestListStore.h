#pragma once

#include "core/Result.h"
#include "core/Vocabulary.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QUuid>

#include <optional>

namespace tyndau {

class Database;
struct Where;

// What the requests list is filtered by. Empty fields do not filter.
struct RequestFilter
{
    enum class Deadline
    {
        Any,
        DueSoon, // open, due between today and dueSoonUntil
        Overdue, // open, due before today
    };

    QList<Status> statuses;
    QString districtCode;
    QString categoryCode; // a group takes in everything below it
    QString orgCode;
    std::optional<Channel> channel;
    std::optional<RequestKind> kind;
    Deadline deadline = Deadline::Any;
    QDate today; // Asia/Almaty; for the deadline filters
    QDate dueSoonUntil; // the last date counted as due soon (from DeadlinePolicy)
    QString createdBy; // "my requests"
    QString text; // a number (2026-000123, П-…) or words found in citizen, address, description
    std::optional<QDateTime> createdSince; // UTC
    std::optional<QDateTime> createdBefore; // UTC, exclusive (a week from the statistics)
    QString street; // the address begins with it (a street from the acute issues)
    bool incidentsOnly = false;

    bool operator==(const RequestFilter&) const = default;
};

enum class RequestOrder
{
    NewestFirst,
    OldestFirst,
    DueFirst, // nearest due date first; requests without a deadline last
    DueLast,
};

// One line of the list: what it shows, without history or attachments.
struct RequestSummary
{
    QUuid id;
    QString number; // official, else provisional
    bool provisional = false;
    RequestKind kind = RequestKind::Complaint;
    Channel channel = Channel::CallCenter;
    Status status = Status::Registered;
    QString districtCode;
    QString categoryCode;
    QString orgCode;
    QDateTime createdAt; // UTC
    QDate dueDate;
    QString citizenName;
    QString address;
    QString description; // the first 200 characters
    bool isIncident = false;
    QUuid linkedTo;
    QString createdBy;
    QString syncError;

    bool operator==(const RequestSummary&) const = default;
};

// Where a page ends: the next page starts after it. Opaque to callers.
struct RequestListKey
{
    QString sortValue;
    QUuid id;
};

// The workstation's requests list over the local cache, at a million rows: keyset paging
// on indexed (sort value, id) pairs, so a page costs the same at the top and deep down; each
// page is read whole and its statement finished, so no read transaction stays open while
// the list sits idle.
class RequestListStore
{
public:
    explicit RequestListStore(Database& db);

    Result<QList<RequestSummary>> page(const RequestFilter& filter, RequestOrder order,
                                       const std::optional<RequestListKey>& after, int limit);
    static RequestListKey keyOf(const RequestSummary& row, RequestOrder order);
    Result<qint64> count(const RequestFilter& filter);

    // Open requests registered since `since` in the category whose address names the street
    // (any of its folded names): what the operator may be about to register twice.
    Result<QList<RequestSummary>> lookAlikes(const QString& categoryCode,
                                             const QStringList& foldedStreetNames, const QDateTime& since,
                                             int limit);
    // Open mass incidents, newest first.
    Result<QList<RequestSummary>> openIncidents(int limit);

private:
    Result<QList<RequestSummary>> select(const Where& where, RequestOrder order, int limit);

    Database& m_db;
};

} // namespace tyndau
