#pragma once

#include "core/Request.h"
#include "core/Result.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace tyndau {

class Database;

struct Blob
{
    QString mimeType;
    QByteArray data;
};

// Attachment contents by SHA-256 (stored once) and their links to requests.
class AttachmentStore
{
public:
    explicit AttachmentStore(Database& db);
    Result<void> put(const QString& sha256, const QString& mimeType, const QByteArray& data);
    Result<void> link(const QUuid& requestId, const AttachmentRef& ref);
    Result<std::optional<Blob>> blob(const QString& sha256);
    Result<QList<QUuid>> requestsWith(const QString& sha256);
    Result<qint64> blobCount();

private:
    Database& m_db;
};

} // namespace tyndau
