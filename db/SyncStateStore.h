#pragma once

#include "core/Result.h"

namespace tyndau {

class Database;

// Small key-value state of the sync: the pull cursor, the last successful sync.
class SyncStateStore
{
public:
    explicit SyncStateStore(Database& db);
    Result<QString> value(const QString& key);
    Result<void> setValue(const QString& key, const QString& value);

private:
    Database& m_db;
};

} // namespace tyndau
