#pragma once

#include "Statement.h"
#include "core/Request.h"
#include "core/Result.h"

#include <QList>

#include <optional>

namespace tyndau {

class Database;

// Requests, their attachments and their history. Writes do not open transactions of their
// own: the caller groups them (a page of a sync, a batch of the demo generator) in one
// Transaction. Statements are prepared once per store.
class RequestStore
{
public:
    explicit RequestStore(Database& db);

    // `opId`: the operation that created it (server), unique forever.
    Result<void> insert(const Request& request, const QList<HistoryEntry>& history = {},
                        const QString& opId = {});
    // Rewrites every mutable field and bumps the row's version (the server's writes).
    Result<void> update(const Request& request);
    // Takes the server's state as it is, version included, and its whole history
    // (a workstation applying the change feed).
    Result<void> replace(const Request& request, const QList<HistoryEntry>& history);
    Result<void> setSyncError(const QUuid& id, const QString& error);
    Result<void> appendHistory(const HistoryEntry& entry);

    Result<std::optional<Request>> find(const QUuid& id);
    Result<bool> exists(const QUuid& id);
    // By official or provisional number.
    Result<std::optional<Request>> findByNumber(const QString& number);
    Result<QList<HistoryEntry>> history(const QUuid& id);
    // Many at once (a page of the change feed): two queries, not two per request. Requests
    // not found are left out.
    Result<QHash<QUuid, Request>> findMany(const QList<QUuid>& ids);
    Result<QHash<QUuid, QList<HistoryEntry>>> historyMany(const QList<QUuid>& ids);
    Result<qint64> count();
    // Newest first; `statuses` empty means all. The workstation's full list with filters and
    // keyset paging arrives with the requests workspace.
    Result<QList<Request>> list(const QList<Status>& statuses, int limit);

    // For Open311's public listing: registered between `from` and `to`, optionally by
    // category, by numbers, open or closed; newest first.
    struct PublicQuery
    {
        QStringList numbers;
        QString categoryCode;
        QDateTime from;
        QDateTime to;
        std::optional<bool> open;
        int limit = 1000;
    };
    Result<QList<Request>> listPublic(const PublicQuery& query);
    // The time of the request's last change (its last history line).
    Result<QDateTime> lastChange(const QUuid& id);

private:
    Result<void> writeAttachments(const Request& r);
    Result<void> appendHistory(const QList<HistoryEntry>& entries);
    static void addHistory(Statement& q, const HistoryEntry& h);

    Database& m_db;
    // Kept for the store's life; prepared on first use.
    Statement m_insert;
    Statement m_replace;
    Statement m_deleteHistory;
    Statement m_update;
    Statement m_history;
    Statement m_twoHistory; // a registration's usual two lines (registered, assigned) at once
};

} // namespace tyndau
