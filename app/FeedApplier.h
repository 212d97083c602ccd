#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QLoggingCategory>

#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcFeed)

namespace tyndau {

class Database;
class RequestStore;
struct FeedChange;

// Writes one change of the server's feed into the local cache: a request with its history,
// a knowledge-base article, the deadline policy, the organizations and categories, or a
// participation-budget season or proposal. The server's copy wins. The caller holds the
// page's transaction.
class FeedApplier
{
public:
    explicit FeedApplier(Database& cache);
    ~FeedApplier();

    // An entity this version does not know is skipped: a newer server may send more.
    Result<void> apply(const QJsonObject& change);
    // The same, read already (FeedPage).
    Result<void> apply(const FeedChange& change);
    // The server refused `op`, which this workstation had written locally first: `current`, the
    // server's copy sent with the refusal, replaces ours; when the server has none, a proposal
    // or season that only we had is removed.
    Result<void> undo(const QJsonObject& op, const QJsonObject& current);
    // Whether the policy or the reference data changed: the cache must read them again.
    bool referenceChanged() const { return m_referenceChanged; }
    bool budgetChanged() const { return m_budgetChanged; } // a season or a proposal

private:
    Result<void> applyArticle(const QJsonObject& json);
    Result<void> applySeason(const QJsonObject& json);
    Result<void> applyProposal(const QJsonObject& json);

    Database& m_db;
    // Made once per applier (a page of the feed), not per request: it prepares its statements
    // when made, and preparing them again for every request tripled the time of a first sync.
    std::unique_ptr<RequestStore> m_requests;
    bool m_referenceChanged = false;
    bool m_budgetChanged = false;
};

} // namespace tyndau
