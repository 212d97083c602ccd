#pragma once

#include "LocalRequests.h"
#include "core/DeadlinePolicy.h"
#include "core/ReferenceData.h"
#include "core/Result.h"
#include "db/Database.h"

#include <QJsonObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace tyndau {

// A workstation's local cache of one server for one login: the SQLite database, the
// reference data and deadline policy read from it, and the local-first writer over it.
// The workstation and tyndauctl both open their cache here.
class LocalCache
{
public:
    // AppLocalDataLocation/cache-<hash of server and login>.db
    static QString defaultPath(const QUrl& server, const QString& login);
    // Opens (creating and seeding the reference data when new). A damaged file is moved
    // aside and a new one made; movedAsidePath() then says where the old one went.
    static Result<std::unique_ptr<LocalCache>> open(const QString& path);

    QString path() const { return m_path; }
    Database& db() { return *m_db; }
    const ReferenceData& reference() const { return m_reference; }
    const DeadlinePolicy& policy() const { return *m_policy; }
    LocalRequests& requests() { return *m_requests; }
    // Reads the reference data and the deadline policy again after sync or an admin's change;
    // in place, so every holder of reference() and policy() sees the new ones.
    Result<void> reloadReference();
    // An admin's change, written like every other: `write` changes the cache and the
    // operation joins the outbox, in one transaction; then the cache reads the reference again.
    Result<void> queueChange(QJsonObject op, const std::function<Result<void>(Database&)>& write);
    // The same without reading the reference again: for changes that are not reference data.
    // Returns the op_id given to the operation.
    Result<QString> queue(QJsonObject op,
                          const std::function<Result<void>(Database&, const QString& opId)>& write);
    QString movedAsidePath() const { return m_db->movedAsidePath(); }

private:
    LocalCache() = default;

    QString m_path;
    std::unique_ptr<Database> m_db;
    ReferenceData m_reference;
    std::unique_ptr<DeadlinePolicy> m_policy;
    std::unique_ptr<LocalRequests> m_requests;
};

} // namespace tyndau
