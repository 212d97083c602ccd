#pragma once

#include "core/Result.h"

#include <QJsonObject>

#include <optional>

namespace tyndau {

class Database;

struct OpRecord
{
    qint64 userId = 0;
    QString payloadHash;
    QJsonObject result;
};

// Applied operations by their client-made op_id: the first result, kept forever, so that
// the same op_id sent again returns it and changes nothing.
class OpStore
{
public:
    explicit OpStore(Database& db);
    Result<std::optional<OpRecord>> find(const QString& opId);
    // Claims the op_id inside the caller's transaction; fails if another claimed it first.
    Result<void> claim(const QString& opId, qint64 userId, const QString& payloadHash,
                       const QJsonObject& result);

private:
    Database& m_db;
};

} // namespace tyndau
