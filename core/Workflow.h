#pragma once

#include "DeadlinePolicy.h"
#include "Request.h"
#include "Result.h"

#include <QList>

namespace tyndau {

// Who takes an action: their login, role and (for executors) organization.
struct Actor
{
    QString login;
    Role role = Role::Operator;
    QString orgCode;
};

// What an action may carry besides itself.
struct ActionInput
{
    QString comment; // the reason for a return, refusal, forward, extension or reopening
    QUuid link; // the original (duplicate) or the incident
    QString orgCode; // the executor, for Assign
    QString answerText; // for Answer and Consult
    int kbArticleId = 0; // for Consult
    int extraWorkingDays = 0; // for ApproveExtension; 0 means the kind's full term again
    int satisfaction = 0; // for Accept: 1..5 from a call-back, 0 when none was made
    int qualityScore = -1; // for Accept and Return: the quality criteria met, 0..5; -1 when not scored
};

// One row of the transition table.
struct Transition
{
    enum Need : unsigned
    {
        NoNeed = 0,
        NeedsComment = 1u << 0,
        NeedsLink = 1u << 1,
        NeedsOrg = 1u << 2,
        NeedsAnswer = 1u << 3,
        OwnOrganizationOnly = 1u << 4, // the actor's organization must be the executor
    };

    Action action;
    QList<Status> from;
    Status to;
    QList<Role> roles;
    unsigned needs = NoNeed;
};

// The status workflow as one table: every status, every action, who may take it; and the
// readable reason when an action is refused. Client and server both decide through here.
class Workflow
{
public:
    static const QList<Transition>& table();
    static const Transition* find(Action action, Status from);
    static bool roleMayEver(Action action, Role role);

    // Whether `actor` may take `action` on `request` with `input`. The error names the
    // field at fault ("comment", "link", "org", "answer") or "action"/"status".
    static Result<void> check(const Request& request, Action action, const Actor& actor,
                              const ActionInput& input);

    // The actions the actor may take now (regardless of the input they would need).
    static QList<Action> availableActions(const Request& request, const Actor& actor);

    // Checks, then changes the request and returns the history line to append.
    static Result<HistoryEntry> apply(Request& request, Action action, const Actor& actor,
                                      const ActionInput& input, const DeadlinePolicy& policy,
                                      const QDateTime& nowUtc);
};

} // namespace tyndau
