#include "Permissions.h"

#include <QHash>

namespace tyndau {
namespace {

using P = Permission;

const QHash<Role, QList<Permission>>& grants()
{
    // Executors answer the citizen, so they see the contacts of their own organization's
    // requests; supervisors work on aggregates and never need them.
    static const QHash<Role, QList<Permission>> table {
        {Role::Operator,
         {P::RegisterRequests, P::ViewAllRequests, P::ViewCitizenContacts, P::SearchKnowledgeBase,
          P::RegisterProposals, P::RecordVotes}},
        {Role::Executor,
         {P::ViewOwnOrgRequests, P::ViewCitizenContacts, P::AnswerRequests, P::SearchKnowledgeBase}},
        {Role::Inspector,
         {P::ViewAllRequests, P::ViewCitizenContacts, P::ReviewAnswers, P::ViewStatistics,
          P::SearchKnowledgeBase, P::AssessProposals}},
        {Role::Supervisor, {P::ViewAllRequests, P::ViewStatistics, P::SearchKnowledgeBase}},
        {Role::Admin,
         {P::ViewAllRequests, P::ViewStatistics, P::SearchKnowledgeBase, P::EditKnowledgeBase,
          P::ManageReferenceData, P::ManageUsers, P::ManageApiKeys, P::RegisterRequests, P::ManageBudget,
          P::RegisterProposals, P::AssessProposals, P::RecordVotes}},
    };
    return table;
}

} // namespace

QString toCode(Permission p)
{
    switch (p) {
    case P::RegisterRequests:
        return QStringLiteral("register_requests");
    case P::ViewAllRequests:
        return QStringLiteral("view_all_requests");
    case P::ViewOwnOrgRequests:
        return QStringLiteral("view_own_org_requests");
    case P::ViewCitizenContacts:
        return QStringLiteral("view_citizen_contacts");
    case P::AnswerRequests:
        return QStringLiteral("answer_requests");
    case P::ReviewAnswers:
        return QStringLiteral("review_answers");
    case P::ViewStatistics:
        return QStringLiteral("view_statistics");
    case P::SearchKnowledgeBase:
        return QStringLiteral("search_knowledge_base");
    case P::EditKnowledgeBase:
        return QStringLiteral("edit_knowledge_base");
    case P::ManageReferenceData:
        return QStringLiteral("manage_reference_data");
    case P::ManageUsers:
        return QStringLiteral("manage_users");
    case P::ManageApiKeys:
        return QStringLiteral("manage_api_keys");
    case P::ManageBudget:
        return QStringLiteral("manage_budget");
    case P::RegisterProposals:
        return QStringLiteral("register_proposals");
    case P::AssessProposals:
        return QStringLiteral("assess_proposals");
    case P::RecordVotes:
        return QStringLiteral("record_votes");
    }
    return {};
}

bool Permissions::has(Role role, Permission permission)
{
    return grants().value(role).contains(permission);
}

QList<Permission> Permissions::of(Role role)
{
    return grants().value(role);
}

bool Permissions::maySee(const User& user, const QString& requestOrgCode)
{
    if (has(user.role, Permission::ViewAllRequests))
        return true;
    return has(user.role, Permission::ViewOwnOrgRequests) && !user.orgCode.isEmpty()
        && requestOrgCode == user.orgCode;
}

QString Permissions::mask(const QString& value)
{
    if (value.size() <= 6)
        return QString(value.size(), QChar(0x2022));
    const int keepHead = value.startsWith(QLatin1Char('+')) ? 5 : 4;
    return value.left(keepHead) + QString(value.size() - keepHead - 2, QChar(0x2022)) + value.right(2);
}

} // namespace tyndau
