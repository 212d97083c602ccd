#include "Workflow.h"

#include "AlmatyTime.h"

#include <QCoreApplication>

namespace tyndau {
namespace {

using S = Status;
using R = Role;
using T = Transition;

QString translated(const char* text)
{
    return QCoreApplication::translate("Workflow", text);
}

Error refusal(const char* code, const QString& message, const char* field)
{
    return Error {QLatin1String(code), message, QLatin1String(field)};
}

Result<void> checkNeeds(const Transition& t, const Request& request, const Actor& actor,
                        const ActionInput& input)
{
    if ((t.needs & T::OwnOrganizationOnly) && request.orgCode != actor.orgCode)
        return refusal(
            "forbidden",
            translated(QT_TRANSLATE_NOOP("Workflow", "This request belongs to another organization.")),
            "org");
    if ((t.needs & T::NeedsComment) && input.comment.trimmed().isEmpty())
        return refusal("required", translated(QT_TRANSLATE_NOOP("Workflow", "Give a reason.")), "comment");
    if ((t.needs & T::NeedsLink) && (input.link.isNull() || input.link == request.id))
        return refusal("required",
                       translated(QT_TRANSLATE_NOOP("Workflow", "Choose the request to link this one to.")),
                       "link");
    if ((t.needs & T::NeedsOrg) && input.orgCode.trimmed().isEmpty())
        return refusal("required",
                       translated(QT_TRANSLATE_NOOP("Workflow", "Choose the executor organization.")), "org");
    if ((t.needs & T::NeedsAnswer) && input.answerText.trimmed().isEmpty() && input.kbArticleId <= 0)
        return refusal("required", translated(QT_TRANSLATE_NOOP("Workflow", "Write the answer.")), "answer");
    if (input.satisfaction < 0 || input.satisfaction > 5)
        return refusal("invalid",
                       translated(QT_TRANSLATE_NOOP("Workflow", "Satisfaction is a score from 1 to 5.")),
                       "satisfaction");
    if (input.qualityScore < -1 || input.qualityScore > 5)
        return refusal("invalid",
                       translated(QT_TRANSLATE_NOOP("Workflow", "The quality score is 0 to 5 criteria met.")),
                       "quality_score");
    return {};
}

} // namespace

const QList<Transition>& Workflow::table()
{
    static const QList<Transition> rows {
        {Action::Register, {S::Draft}, S::Registered, {R::Operator, R::Admin}},
        {Action::Consult, {S::Draft, S::Registered}, S::Consulted, {R::Operator}, T::NeedsAnswer},
        {Action::LinkToIncident,
         {S::Draft, S::Registered},
         S::LinkedToIncident,
         {R::Operator, R::Inspector},
         T::NeedsLink},
        {Action::MarkDuplicate,
         {S::Draft, S::Registered, S::Assigned, S::Forwarded},
         S::Duplicate,
         {R::Operator, R::Inspector},
         T::NeedsLink},
        {Action::Assign,
         {S::Registered, S::Forwarded},
         S::Assigned,
         {R::Operator, R::Inspector, R::Admin},
         T::NeedsOrg},
        {Action::Take, {S::Assigned, S::Returned}, S::InProgress, {R::Executor}, T::OwnOrganizationOnly},
        {Action::Answer,
         {S::InProgress, S::Extended, S::Returned},
         S::Answered,
         {R::Executor},
         T::OwnOrganizationOnly | T::NeedsAnswer},
        {Action::RequestExtension,
         {S::Assigned, S::InProgress},
         S::ExtensionRequested,
         {R::Executor},
         T::OwnOrganizationOnly | T::NeedsComment},
        {Action::ApproveExtension, {S::ExtensionRequested}, S::Extended, {R::Inspector}},
        {Action::RefuseExtension, {S::ExtensionRequested}, S::InProgress, {R::Inspector}, T::NeedsComment},
        {Action::Forward,
         {S::Assigned, S::InProgress},
         S::Forwarded,
         {R::Executor},
         T::OwnOrganizationOnly | T::NeedsComment},
        {Action::Return, {S::Answered}, S::Returned, {R::Inspector}, T::NeedsComment},
        {Action::Accept, {S::Answered}, S::Closed, {R::Inspector}},
        {Action::Reopen, {S::Closed, S::Consulted}, S::Registered, {R::Inspector, R::Admin}, T::NeedsComment},
    };
    return rows;
}

const Transition* Workflow::find(Action action, Status from)
{
    for (const Transition& t : table()) {
        if (t.action == action && t.from.contains(from))
            return &t;
    }
    return nullptr;
}

bool Workflow::roleMayEver(Action action, Role role)
{
    for (const Transition& t : table()) {
        if (t.action == action && t.roles.contains(role))
            return true;
    }
    return false;
}

Result<void> Workflow::check(const Request& request, Action action, const Actor& actor,
                             const ActionInput& input)
{
    // A role that may never take the action hears that first: the request's state is not
    // the reason.
    if (!roleMayEver(action, actor.role)) {
        return refusal("forbidden",
                       translated(QT_TRANSLATE_NOOP("Workflow", "The role “%1” may not “%2”."))
                           .arg(displayName(actor.role), displayName(action)),
                       "action");
    }
    const Transition* t = find(action, request.status);
    if (!t) {
        return refusal(
            "invalid_transition",
            translated(QT_TRANSLATE_NOOP("Workflow", "“%1” is not possible for a request that is “%2”."))
                .arg(displayName(action), displayName(request.status)),
            "status");
    }
    if (!t->roles.contains(actor.role)) {
        return refusal("forbidden",
                       translated(QT_TRANSLATE_NOOP("Workflow", "The role “%1” may not “%2”."))
                           .arg(displayName(actor.role), displayName(action)),
                       "action");
    }
    return checkNeeds(*t, request, actor, input);
}

QList<Action> Workflow::availableActions(const Request& request, const Actor& actor)
{
    QList<Action> out;
    for (const Transition& t : table()) {
        if (!t.from.contains(request.status) || !t.roles.contains(actor.role))
            continue;
        if ((t.needs & T::OwnOrganizationOnly) && request.orgCode != actor.orgCode)
            continue;
        out.append(t.action);
    }
    return out;
}

Result<HistoryEntry> Workflow::apply(Request& request, Action action, const Actor& actor,
                                     const ActionInput& input, const DeadlinePolicy& policy,
                                     const QDateTime& nowUtc)
{
    if (auto allowed = check(request, action, actor, input); !allowed)
        return allowed.error();
    const Transition* t = find(action, request.status);
    HistoryEntry entry {
        request.id, nowUtc, actor.login, action, request.status, t->to, input.comment.trimmed()};

    // A request leaving Draft is registered now, whatever it becomes: its deadline (if it
    // gets one) counts from this moment.
    if (request.status == Status::Draft) {
        request.registeredAt = nowUtc;
        request.dueDate = policy.dueDate(request.kind, nowUtc);
        request.originalDueDate = request.dueDate;
    }

    switch (action) {
    case Action::Consult:
        request.answerText = input.answerText.trimmed();
        request.kbArticleId = input.kbArticleId;
        request.answeredAt = nowUtc;
        request.closedAt = nowUtc;
        break;
    case Action::LinkToIncident:
    case Action::MarkDuplicate:
        request.linkedTo = input.link;
        request.closedAt = nowUtc;
        break;
    case Action::Assign:
        request.orgCode = input.orgCode.trimmed();
        break;
    case Action::Answer:
        request.answerText = input.answerText.trimmed();
        request.answeredAt = nowUtc;
        break;
    case Action::ApproveExtension: {
        const int extra = input.extraWorkingDays > 0 ? input.extraWorkingDays : policy.term(request.kind);
        request.dueDate = policy.extended(request.dueDate, extra);
        break;
    }
    case Action::Return:
        ++request.returnCount;
        request.qualityScore = input.qualityScore;
        break;
    case Action::Accept:
        request.closedAt = nowUtc;
        request.satisfaction = input.satisfaction;
        request.qualityScore = input.qualityScore;
        break;
    case Action::Reopen:
        request.closedAt = {};
        break;
    case Action::Register:
    case Action::Take:
    case Action::RequestExtension:
    case Action::RefuseExtension:
    case Action::Forward:
        break;
    }
    request.status = t->to;
    return entry;
}

} // namespace tyndau
