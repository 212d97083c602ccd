#include "FeedApplier.h"

#include "FeedPage.h"
#include "core/BudgetSeason.h"
#include "core/BudgetWire.h"
#include "core/PolicyWire.h"
#include "core/ReferenceWire.h"
#include "core/WireFormat.h"
#include "db/BudgetStore.h"
#include "db/KnowledgeBaseStore.h"
#include "db/ProposalPhotoStore.h"
#include "db/ReferenceStore.h"
#include "db/RequestStore.h"

#include <QCoreApplication>
#include <QJsonArray>

Q_LOGGING_CATEGORY(lcFeed, "tyndau.sync.feed")

namespace tyndau {

FeedApplier::FeedApplier(Database& cache)
    : m_db(cache)
{
}

FeedApplier::~FeedApplier() = default;

Result<void> FeedApplier::apply(const QJsonObject& change)
{
    const QString entity = change.value(QLatin1String("entity")).toString();
    if (entity == QLatin1String("request"))
        return apply(FeedPage::readChange(change));
    if (entity == QLatin1String("kb_article"))
        return applyArticle(change.value(QLatin1String("article")).toObject());
    if (entity == QLatin1String("policy")) {
        // An admin changed a term or the calendar: the server's policy, whole, replaces ours.
        auto policy = PolicyWire::fromJson(change.value(QLatin1String("policy")).toObject());
        if (!policy || !ReferenceStore(m_db).replacePolicy(policy.value()))
            return Error {QStringLiteral("feed"),
                          QCoreApplication::translate(
                              "FeedApplier", "The deadline policy from the server could not be applied."),
                          {}};
        m_referenceChanged = true;
        return {};
    }
    if (entity == QLatin1String("reference")) {
        // An admin changed an organization or a category: both lists, whole, replace ours.
        auto catalog = ReferenceWire::catalogFromJson(change.value(QLatin1String("reference")).toObject());
        if (!catalog) {
            // Skipped, not stuck on: the next change of the lists brings them whole again.
            qCWarning(lcFeed) << "skipping reference data we cannot read:" << catalog.error().message;
            return {};
        }
        if (!ReferenceStore(m_db).replaceCatalog(catalog->categories, catalog->organizations))
            return Error {
                QStringLiteral("feed"),
                QCoreApplication::translate(
                    "FeedApplier", "The organizations and categories from the server could not be applied."),
                {}};
        m_referenceChanged = true;
        return {};
    }
    if (entity == QLatin1String("budget_season"))
        return applySeason(change.value(QLatin1String("season")).toObject());
    if (entity == QLatin1String("budget_proposal"))
        return applyProposal(change.value(QLatin1String("proposal")).toObject());
    qCInfo(lcFeed) << "skipping a change of an entity this version does not know:" << entity;
    return {};
}

Result<void> FeedApplier::undo(const QJsonObject& op, const QJsonObject& current)
{
    if (!current.isEmpty())
        return apply(current);
    const QString type = op.value(QLatin1String("type")).toString();
    if (type == QLatin1String("submit_proposal")) {
        m_budgetChanged = true;
        return BudgetStore(m_db).removeProposal(
            op.value(QLatin1String("proposal")).toObject().value(QLatin1String("id")).toString());
    }
    if (type == QLatin1String("set_budget_season")) {
        m_budgetChanged = true;
        return BudgetStore(m_db).removeSeason(
            op.value(QLatin1String("season")).toObject().value(QLatin1String("year")).toInt());
    }
    return {};
}

Result<void> FeedApplier::apply(const FeedChange& change)
{
    if (change.entity != QLatin1String("request"))
        return apply(change.json);
    if (!change.request) {
        qCWarning(lcFeed) << "skipping a request the server sent in a form we cannot read:"
                          << change.unreadable;
        return {};
    }
    if (!m_requests)
        m_requests = std::make_unique<RequestStore>(m_db);
    return m_requests->replace(*change.request, change.history);
}

// A participation-budget season: its phase, budgets, votes per citizen and dates.
Result<void> FeedApplier::applySeason(const QJsonObject& json)
{
    auto season = BudgetSeason::fromJson(json);
    if (!season) {
        qCWarning(lcFeed) << "skipping a budget season the server sent in a form we cannot read:"
                          << season.error().message;
        return {};
    }
    m_budgetChanged = true;
    return BudgetStore(m_db).upsertSeason(season.value());
}

// A proposal with its assessment, votes and implementation (its photos' list, not their
// bytes: those are fetched when shown); the server's copy wins.
Result<void> FeedApplier::applyProposal(const QJsonObject& json)
{
    auto record = BudgetWire::recordFromJson(json);
    if (!record) {
        qCWarning(lcFeed) << "skipping a budget proposal the server sent in a form we cannot read:"
                          << record.error().message;
        return {};
    }
    m_budgetChanged = true;
    if (auto w = BudgetStore(m_db).replaceProposal(record.value()); !w)
        return w;
    return ProposalPhotoStore(m_db).replaceFor(record->proposal.id, record->photos);
}

// An article edited by an admin, or its consultation count.
Result<void> FeedApplier::applyArticle(const QJsonObject& json)
{
    auto a = WireFormat::articleFromJson(json);
    if (!a)
        return {};
    KnowledgeBaseStore kb(m_db);
    auto id = kb.upsert(a.value());
    if (!id)
        return id.error();
    if (auto w = kb.setUsedCount(id.value(), a->usedCount); !w)
        return Error {QStringLiteral("feed"),
                      QCoreApplication::translate("FeedApplier", "The knowledge base could not be updated."),
                      {}};
    return {};
}

} // namespace tyndau
