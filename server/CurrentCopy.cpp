#include "CurrentCopy.h"

#include "AdminOps.h"
#include "core/BudgetWire.h"
#include "core/Permissions.h"
#include "core/PolicyWire.h"
#include "core/ReferenceWire.h"
#include "db/AccessLogStore.h"
#include "db/BudgetStore.h"
#include "db/ReferenceStore.h"

#include <QUuid>

namespace tyndau {

bool CurrentCopy::masksAuthor(const User& user, const BudgetProposal& p)
{
    return !Permissions::seesCitizenContacts(user.role) || !Permissions::maySee(user, p.responsibleOrgCode);
}

QJsonObject CurrentCopy::of(Database& db, const QString& type, const QJsonObject& op, const User& user)
{
    if (type == QLatin1String("set_budget_season") || type == QLatin1String("move_budget_phase")) {
        const QJsonValue year = type == QLatin1String("move_budget_phase")
            ? op.value(QLatin1String("year"))
            : op.value(QLatin1String("season")).toObject().value(QLatin1String("year"));
        auto season = BudgetStore(db).season(year.toInt());
        if (!season || !season.value())
            return {};
        return {{QStringLiteral("entity"), QStringLiteral("budget_season")},
                {QStringLiteral("season"), season.value()->toJson()}};
    }
    if (type == QLatin1String("submit_proposal"))
        return proposal(
            db, op.value(QLatin1String("proposal")).toObject().value(QLatin1String("id")).toString(), user);
    if (type == QLatin1String("assess_proposal") || type == QLatin1String("update_implementation"))
        return proposal(db, op.value(QLatin1String("proposal_id")).toString(), user);
    if (AdminOps::changesReference(type)) {
        ReferenceStore reference(db);
        if (auto policy = reference.loadDeadlinePolicy(); policy && !AdminOps::changesCatalog(type))
            return {{QStringLiteral("entity"), QStringLiteral("policy")},
                    {QStringLiteral("policy"), PolicyWire::toJson(policy.value())}};
        if (auto catalog = reference.loadReference(); catalog && AdminOps::changesCatalog(type))
            return {{QStringLiteral("entity"), QStringLiteral("reference")},
                    {QStringLiteral("reference"), ReferenceWire::catalogToJson(catalog.value())}};
    }
    return {};
}

QJsonObject CurrentCopy::proposal(Database& db, const QString& id, const User& user)
{
    if (QUuid::fromString(id).isNull())
        return {};
    auto found = BudgetStore(db).proposal(QUuid::fromString(id).toString(QUuid::WithoutBraces));
    if (!found || !found.value())
        return {};
    const BudgetProposalRecord& record = *found.value();
    const bool mask = masksAuthor(user, record.proposal);
    if (!mask && !(record.proposal.authorIin.isEmpty() && record.proposal.authorPhone.isEmpty()))
        AccessLogStore(db)
            .record(user.login, QUuid::fromString(record.proposal.id), QStringLiteral("budget_refusal"))
            .ok();
    return {{QStringLiteral("entity"), QStringLiteral("budget_proposal")},
            {QStringLiteral("proposal"), BudgetWire::toJson(record, mask)}};
}

} // namespace tyndau
