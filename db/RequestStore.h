#pragma once

#include "core/Request.h"
#include "core/Result.h"

#include <QList>
#include <QSqlQuery>

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

    Result<void> insert(const Request& request, const QList<HistoryEntry>& history = {});
    // Rewrites every mutable field and bumps the row's version.
    Result<void> update(const Request& request);
    Result<void> appendHistory(const HistoryEntry& entry);

    Result<std::optional<Request>> find(const QUuid& id);
    Result<QList<HistoryEntry>> history(const QUuid& id);
    Result<qint64> count();

private:
    Result<void> bindAndRun(QSqlQuery& q, const Request& r);
    Result<void> writeAttachments(const Request& r);

    Database& m_db;
    QSqlQuery m_insert;
    QSqlQuery m_update;
    QSqlQuery m_history;
};

} // namespace tyndau
