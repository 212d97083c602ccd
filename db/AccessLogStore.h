#pragma once

#include "Statement.h"
#include "core/Result.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>

namespace tyndau {

class Database;

struct AccessLogEntry
{
    QDateTime at;
    QString login;
    QUuid requestId;
    QString route;
};

// Who read a citizen's personal data, when, and of which request — never the data itself.
class AccessLogStore
{
public:
    explicit AccessLogStore(Database& db);
    Result<void> record(const QString& login, const QUuid& requestId, const QString& route);
    Result<QList<AccessLogEntry>> forRequest(const QUuid& requestId);

private:
    Database& m_db;
    Statement m_insert;
};

} // namespace tyndau
