#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace tyndau {

class Database;

struct PendingUpload
{
    qint64 id = 0;
    QUuid requestId;
    QString fileName;
    QString sha256; // the bytes are in blobs
    int attempts = 0;
};

// A workstation's attachments waiting to be sent: saved with the request (the bytes in
// blobs, by SHA-256), sent once the server has the request, removed only when the server
// has them. The attachments' outbox.
class UploadStore
{
public:
    explicit UploadStore(Database& db);

    Result<void> enqueue(const QUuid& requestId, const QString& fileName, const QString& sha256);
    Result<QList<PendingUpload>> pending(int limit);
    Result<void> remove(qint64 id);
    Result<void> recordAttempt(qint64 id);
    Result<qint64> count();

private:
    Database& m_db;
};

} // namespace tyndau
