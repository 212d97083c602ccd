#pragma once

#include "core/ReferenceData.h"
#include "core/Result.h"

namespace tyndau {

class LocalCache;

// An admin's changes to the organizations and the category tree, written like every other
// change: checked by the same rules as the server's, then the cache and the outbox in one
// transaction, and the cache's reference data read again at once. Other workstations get the
// server's lists through the feed.
class LocalCatalog
{
public:
    explicit LocalCatalog(LocalCache& cache);

    QList<Error> save(const Organization& organization); // empty: saved
    QList<Error> save(const Category& category);

private:
    LocalCache& m_cache;
};

} // namespace tyndau
