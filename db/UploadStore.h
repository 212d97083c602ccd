#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace tyndau {

class Database;

struct PendingUpload
{
    enum class Owner
    {
        Request, // a request's attachment
        Proposal, // a photo of a budget winner's implementation
    };

    qint64 id = 0;
    Owner owner = Owner::Request;
    QUuid ownerId; // the request's or the proposal's
    QString fileName;
    QString sha256; // the bytes are in blobs
    int attempts = 0;
};

// A workstation's attachments waiting to be sent: saved with the request (the bytes in
// blobs, by SHA-256), sent once the server has the request, removed only when the server
// has them. The attachments' outbox, and the budget winners' photos'.
class UploadStore
{
public:
    explicit UploadStore(Database& db);

    Result<void> enqueue(const QUuid& ownerId, const QString& fileName, const QString& sha256,
                         PendingUpload::Owner owner = PendingUpload::Owner::Request);
    Result<QList<PendingUpload>> pending(int limit);
    Result<void> remove(qint64 id);
    Result<void> recordAttempt(qint64 id);
    Result<qint64> count();

private:
    Database& m_db;
};

} // namespace tyndau
