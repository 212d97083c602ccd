#pragma once

#include "core/Result.h"
#include "core/Vocabulary.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace tyndau {

class Database;

struct ApiKeyInfo
{
    qint64 id = 0;
    Channel channel = Channel::WebPortal;
    QString label;
    QDateTime createdAt;
    bool revoked = false;
};

// Open311 API keys by their SHA-256; the plain key is never stored.
class ApiKeyStore
{
public:
    explicit ApiKeyStore(Database& db);
    Result<qint64> add(const QString& keyHash, Channel channel, const QString& label);
    // The active key with this hash, if any.
    Result<std::optional<ApiKeyInfo>> find(const QString& keyHash);
    Result<void> revoke(qint64 id);
    Result<QList<ApiKeyInfo>> all();

private:
    Database& m_db;
};

} // namespace tyndau
