#pragma once

#include "core/KbArticle.h"
#include "core/Result.h"

#include <QList>

namespace tyndau {

class Database;
class ReferenceData;

// An admin's edit of a knowledge-base article, written like every other change: checked
// by the same rules the server applies, saved in the local cache and queued in the outbox
// in one transaction. The server's copy comes back through the feed to every workstation.
class LocalArticles
{
public:
    LocalArticles(Database& cache, const ReferenceData& reference);

    // Every problem, each naming its field ("kk.title", …); empty when saved and queued.
    QList<Error> save(const KbArticle& article);

private:
    Database& m_db;
    const ReferenceData& m_reference;
};

} // namespace tyndau
