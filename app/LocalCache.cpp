#include "LocalCache.h"

#include "TokenStore.h"
#include "core/TimeOrderedUuid.h"
#include "db/DemoData.h"
#include "db/KnowledgeBaseStore.h"
#include "db/OutboxStore.h"
#include "db/ReferenceStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>
#include <QUuid>

namespace tyndau {

QString LocalCache::defaultPath(const QUrl& server, const QString& login)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(dir);
    const QByteArray key
        = QCryptographicHash::hash(TokenStore::keyFor(server, login).toUtf8(), QCryptographicHash::Sha1)
              .toHex()
              .left(12);
    return dir + QStringLiteral("/cache-") + QString::fromLatin1(key) + QStringLiteral(".db");
}

Result<std::unique_ptr<LocalCache>> LocalCache::open(const QString& path)
{
    auto db = Database::open(DbUrl::sqlite(path));
    if (!db)
        return db.error();
    std::unique_ptr<LocalCache> cache(new LocalCache);
    cache->m_path = path;
    cache->m_db = std::move(db).value();
    // Reference data and the knowledge base ship with the program; the feed keeps requests.
    if (KnowledgeBaseStore(*cache->m_db).count().value_or_zero() == 0)
        if (auto r = DemoData::seedReference(*cache->m_db); !r)
            return r.error();
    auto reference = ReferenceStore(*cache->m_db).loadReference();
    if (!reference)
        return reference.error();
    cache->m_reference = std::move(reference).value();
    auto policy = ReferenceStore(*cache->m_db).loadDeadlinePolicy();
    if (!policy)
        return policy.error();
    cache->m_policy = std::make_unique<DeadlinePolicy>(policy.value());
    cache->m_requests = std::make_unique<LocalRequests>(*cache->m_db, *cache->m_policy);
    return cache;
}

Result<void> LocalCache::reloadReference()
{
    ReferenceStore store(*m_db);
    auto reference = store.loadReference();
    if (!reference)
        return reference.error();
    auto policy = store.loadDeadlinePolicy();
    if (!policy)
        return policy.error();
    m_reference = std::move(reference).value();
    *m_policy = policy.value();
    return {};
}

Result<void> LocalCache::queueChange(QJsonObject op, const std::function<Result<void>(Database&)>& write)
{
    auto queued = queue(std::move(op), [&](Database& db, const QString&) { return write(db); });
    if (!queued)
        return queued.error();
    // The change is saved and queued whatever happens now; a failed reload only means the
    // old data stays in memory until the next sync.
    if (auto reloaded = reloadReference(); !reloaded)
        qWarning("the reference data could not be read again: %s", qPrintable(reloaded.error().message));
    return {};
}

Result<QString> LocalCache::queue(QJsonObject op,
                                  const std::function<Result<void>(Database&, const QString& opId)>& write)
{
    const QString opId = TimeOrderedUuid::createText();
    op.insert(QStringLiteral("op_id"), opId);
    Transaction tx(*m_db);
    if (!tx.started())
        return tx.startError();
    if (auto w = write(*m_db, opId); !w)
        return w.error();
    if (auto w = OutboxStore(*m_db).enqueue(op, QUuid()); !w)
        return w.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return opId;
}

} // namespace tyndau
