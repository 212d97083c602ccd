#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QUuid>

namespace tyndau {

class Database;

struct OutboxEntry
{
    QString opId;
    QUuid requestId;
    QJsonObject payload; // the operation as it will be sent
    int attempts = 0;
    QString lastError;
};

// The workstation's unsent operations, in the order they were made. An entry is written in
// the same transaction as the local change it carries, and deleted only in the transaction
// that records the server's answer.
class OutboxStore
{
public:
    explicit OutboxStore(Database& db);
    Result<void> enqueue(const QJsonObject& op, const QUuid& requestId);
    Result<QList<OutboxEntry>> pending(int limit);
    Result<void> remove(const QString& opId);
    Result<void> recordAttempt(const QString& opId, const QString& error);
    Result<qint64> count();
    Result<bool> hasPendingFor(const QUuid& requestId);

private:
    Database& m_db;
};

} // namespace tyndau
