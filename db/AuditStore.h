#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace tyndau {

class Database;

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor; // the admin's login
    QString action; // "user.create", "organization.upsert", "calendar_day.set", …
    QString subject; // what was changed: a login, a code, a date, a key's id
    QJsonObject detail; // the change itself; never a password or a key
};

// The administrator's changes, newest first. A change and its entry are written in the
// same transaction: the caller's.
class AuditStore
{
public:
    static constexpr int kMaxPage = 500;

    explicit AuditStore(Database& db);
    Result<void> record(const QString& actor, const QString& action, const QString& subject,
                        const QJsonObject& detail = {});
    // Up to `limit` entries older than `beforeId` (0: the newest).
    Result<QList<AuditEntry>> page(int limit, qint64 beforeId = 0);

private:
    Database& m_db;
};

} // namespace tyndau
