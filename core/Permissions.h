#pragma once

#include "User.h"
#include "Vocabulary.h"

#include <QList>

namespace tyndau {

enum class Permission
{
    RegisterRequests, // create requests, consult on the spot
    ViewAllRequests, // every organization's requests
    ViewOwnOrgRequests, // only the requests assigned to one's organization
    ViewCitizenContacts, // the citizen's IIN, phone and e-mail unmasked
    AnswerRequests, // take into work, answer, ask for an extension, forward
    ReviewAnswers, // accept, return, decide extensions
    ViewStatistics, // statistics and the weekly report
    SearchKnowledgeBase,
    EditKnowledgeBase,
    ManageReferenceData, // organizations, categories, districts, calendar, deadline terms
    ManageUsers,
    ManageApiKeys, // Open311 keys
    ManageBudget, // participation budget seasons, their phases, winners' implementation
    RegisterProposals, // participation budget proposals on a citizen's behalf
    AssessProposals, // the experts' assessment of proposals
    RecordVotes, // a citizen's vote taken at the front office
};

QString toCode(Permission p);

// Roles and what they may do, as one table both programs consult. Deny by default: a
// permission not listed for a role is refused.
class Permissions
{
public:
    static bool has(Role role, Permission permission);
    static QList<Permission> of(Role role);
    // Whether the role may see the citizen's personal data in full; otherwise it is masked.
    static bool seesCitizenContacts(Role role) { return has(role, Permission::ViewCitizenContacts); }
    // Row access: every request for roles that see all, else only their organization's.
    static bool maySee(const User& user, const QString& requestOrgCode);
    // "870112300015" -> "8701••••••15"; "+77011234567" -> "+7701•••••67"
    static QString mask(const QString& value);
};

} // namespace tyndau
