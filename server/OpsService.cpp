#include "OpsService.h"

#include "CurrentCopy.h"
#include "core/AlmatyTime.h"
#include "core/Clock.h"
#include "core/Permissions.h"
#include "core/RequestValidator.h"
#include "core/WireFormat.h"
#include "core/Workflow.h"
#include "db/ChangeFeedStore.h"
#include "db/Database.h"
#include "db/KnowledgeBaseStore.h"
#include "db/OpStore.h"
#include "db/RegistrationNumbers.h"
#include "db/RequestStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

Q_LOGGING_CATEGORY(lcOps, "tyndau.server.ops")

namespace tyndau {

namespace {

OpOutcome rejected(const Error& e)
{
    return OpOutcome::rejected(e);
}

Error notFound()
{
    return Error {QStringLiteral("not_found"), QCoreApplication::translate("Server", "No such request."),
                  QStringLiteral("request_id")};
}

QString hashOf(const QJsonObject& op)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(op).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
}

Error batchError(int index, const QString& field, const QString& message)
{
    return Error {QStringLiteral("invalid_op"), QStringLiteral("Operation %1: %2").arg(index).arg(message),
                  field};
}

} // namespace

OpsService::OpsService(Database& db, const ReferenceData& reference, const DeadlinePolicy& policy,
                       const QByteArray& voteSecret)
    : m_db(db)
    , m_requests(db)
    , m_reference(reference)
    , m_policy(policy)
    , m_admin(db, reference)
    , m_budget(db, reference, voteSecret)
{
}

Result<QJsonArray> OpsService::checkBatch(const QJsonObject& body)
{
    const QJsonValue opsValue = body.value(QLatin1String("ops"));
    if (!opsValue.isArray())
        return Error {QStringLiteral("invalid_type"), QStringLiteral("“ops” must be a list of operations."),
                      QStringLiteral("ops")};
    const QJsonArray ops = opsValue.toArray();
    if (ops.isEmpty() || ops.size() > kMaxOpsPerBatch)
        return Error {QStringLiteral("invalid"),
                      QStringLiteral("Send 1 to %1 operations at a time.").arg(kMaxOpsPerBatch),
                      QStringLiteral("ops")};
    QSet<QString> seen;
    for (int i = 0; i < ops.size(); ++i) {
        if (!ops.at(i).isObject())
            return batchError(i, QStringLiteral("ops"), QStringLiteral("must be an object."));
        const QJsonObject op = ops.at(i).toObject();
        const QJsonValue id = op.value(QLatin1String("op_id"));
        if (!id.isString() || QUuid::fromString(id.toString()).isNull())
            return batchError(i, QStringLiteral("op_id"), QStringLiteral("“op_id” must be a UUID."));
        const QString type = op.value(QLatin1String("type")).toString();
        static const QStringList types {
            QStringLiteral("create_request"),      QStringLiteral("action"),
            QStringLiteral("upsert_article"),      QStringLiteral("set_deadline_term"),
            QStringLiteral("set_calendar_day"),    QStringLiteral("remove_calendar_day"),
            QStringLiteral("upsert_organization"), QStringLiteral("upsert_category"),
            QStringLiteral("set_budget_season"),   QStringLiteral("move_budget_phase"),
            QStringLiteral("submit_proposal"),     QStringLiteral("assess_proposal"),
            QStringLiteral("cast_vote"),           QStringLiteral("update_implementation")};
        if (!types.contains(type))
            return batchError(
                i, QStringLiteral("type"),
                QStringLiteral("“type” must be one of: %1.").arg(types.join(QStringLiteral(", "))));

        const QString normalized = QUuid::fromString(id.toString()).toString(QUuid::WithoutBraces);
        if (seen.contains(normalized))
            return batchError(i, QStringLiteral("op_id"),
                              QStringLiteral("the same op_id twice in one batch."));
        seen.insert(normalized);
    }
    return ops;
}

PreparedOp PreparedOp::of(const QJsonObject& op)
{
    PreparedOp prepared;
    prepared.payloadHash = hashOf(op);
    if (op.value(QLatin1String("type")).toString() != QLatin1String("create_request"))
        return prepared;
    auto parsed = WireFormat::requestFromJson(op.value(QLatin1String("request")).toObject());
    if (!parsed) {
        prepared.request = parsed.error();
        return prepared;
    }
    const Request r = RequestValidator::normalized(parsed.value());
    prepared.problems = RequestValidator::validate(r);
    prepared.request = r;
    return prepared;
}

QJsonArray OpsService::apply(const QJsonArray& ops, const AuthContext& context,
                             const QList<PreparedOp>& prepared)
{
    QJsonArray results;
    for (qsizetype i = 0; i < ops.size(); ++i) {
        const QJsonObject op = ops.at(i).toObject();
        const QJsonObject result
            = i < prepared.size() ? applyOne(op, context, prepared.at(i)) : applyOne(op, context);
        results.append(withCurrentCopy(op, result, context));
    }
    return results;
}

// A refusal (now or when the op was first sent) carries the server's copy of what the op meant
// to change, read now: a workstation that wrote it first puts its cache right. Not kept with
// the op's result, which a resend gets again: by then the copy would be stale.
QJsonObject OpsService::withCurrentCopy(const QJsonObject& op, QJsonObject result, const AuthContext& ctx)
{
    const QString status = result.value(QLatin1String("status")).toString();
    const QString first = result.value(QLatin1String("first_status")).toString(status);
    const QString code
        = result.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
    if ((first != QLatin1String("rejected") && first != QLatin1String("conflict"))
        || code == QLatin1String("busy") || code == QLatin1String("op_id_reused"))
        return result;
    const QJsonObject current
        = CurrentCopy::of(m_db, op.value(QLatin1String("type")).toString(), op, ctx.user);
    if (!current.isEmpty())
        result.insert(QStringLiteral("current"), current);
    return result;
}

Result<void> OpsService::checkCodes(const Request& r, const ActionInput& input) const
{
    // The workstation's reference data may be older or newer than the server's.
    auto unknown = [](const char* field, const QString& message) {
        return Error {QStringLiteral("invalid"), message, QLatin1String(field)};
    };
    if (!r.districtCode.isEmpty() && !m_reference.district(r.districtCode))
        return unknown("district",
                       QCoreApplication::translate("Server", "The server does not know the district “%1”.")
                           .arg(r.districtCode));
    if (!r.categoryCode.isEmpty() && !m_reference.category(r.categoryCode))
        return unknown("category",
                       QCoreApplication::translate("Server", "The server does not know the category “%1”.")
                           .arg(r.categoryCode));
    if (!input.orgCode.isEmpty() && !m_reference.organization(input.orgCode))
        return unknown(
            "org",
            QCoreApplication::translate("Server", "The server does not know the organization “%1”.")
                .arg(input.orgCode));
    return {};
}

OpsService::Outcome OpsService::createRequest(const QJsonObject& op, const AuthContext& ctx,
                                              const PreparedOp& prepared)
{
    if (!Permissions::has(ctx.user.role, Permission::RegisterRequests))
        return rejected(Error {QStringLiteral("forbidden"),
                               QCoreApplication::translate("Server", "This role may not register requests."),
                               QStringLiteral("type")});
    if (!prepared.request) // prepared as another type of op: never from PreparedOp::of
        return rejected(
            Error {QStringLiteral("invalid"), QStringLiteral("Not a request."), QStringLiteral("request")});
    if (!*prepared.request)
        return rejected(prepared.request->error());
    auto input = WireFormat::actionInputFromJson(op.value(QLatin1String("input")).toObject());
    if (!input)
        return rejected(input.error());
    const auto action
        = fromCode<Action>(op.value(QLatin1String("action")).toString(QStringLiteral("register")));
    if (!action
        || !(action == Action::Register || action == Action::Consult || action == Action::LinkToIncident
             || action == Action::MarkDuplicate))
        return rejected(
            Error {QStringLiteral("invalid"),
                   QStringLiteral("A new request is registered, consulted, linked or marked duplicate."),
                   QStringLiteral("action")});

    // The server decides what the client may not: who made it, when, its number and state.
    Request r = prepared.request->value();
    r.status = Status::Draft;
    r.number.clear();
    r.createdBy = ctx.user.login;
    r.orgCode.clear();
    r.version = 1;
    r.syncError.clear();
    r.returnCount = 0;
    r.satisfaction = 0;
    r.qualityScore = -1;
    r.isIncident = r.isIncident && ctx.user.role != Role::Executor;
    const QDateTime now = Clock::currentUtc();
    if (!r.createdAt.isValid() || r.createdAt > now)
        r.createdAt = now;
    if (!prepared.problems.isEmpty())
        return rejected(prepared.problems.first());
    const QString assignTo = op.value(QLatin1String("assign")).toString();
    ActionInput assign;
    assign.orgCode = assignTo;
    if (auto codes = checkCodes(r, assign); !codes)
        return rejected(codes.error());

    RequestStore& store = m_requests;
    auto existing = store.exists(r.id);
    if (!existing)
        return rejected(existing.error());
    if (existing.value())
        return rejected(Error {QStringLiteral("conflict"),
                               QStringLiteral("A request with this id exists already."),
                               QStringLiteral("id")});
    if (!input->link.isNull()) {
        auto target = store.exists(input->link);
        if (!target || !target.value())
            return rejected(
                Error {QStringLiteral("invalid"),
                       QCoreApplication::translate("Server", "The linked request does not exist."),
                       QStringLiteral("link")});
    }

    const Actor actor {ctx.user.login, ctx.user.role, ctx.user.orgCode};
    QList<HistoryEntry> history;
    auto first = Workflow::apply(r, *action, actor, input.value(), m_policy, now);
    if (!first)
        return rejected(first.error());
    history.append(first.value());
    if (*action == Action::Register && !assignTo.isEmpty()) {
        auto second = Workflow::apply(r, Action::Assign, actor, assign, m_policy, now);
        if (!second)
            return rejected(second.error());
        history.append(second.value());
    }
    // The feed's row first, the number last: on PostgreSQL the year's counter row stays
    // locked from the number until the commit, and every registration waits for it.
    if (auto c = ChangeFeedStore(m_db).append(QStringLiteral("request"), r.id.toString(QUuid::WithoutBraces),
                                              r.orgCode);
        !c)
        return rejected(c.error());
    auto number = RegistrationNumbers(m_db).next(AlmatyTime::dateOf(r.registeredAt).year());
    if (!number)
        return rejected(number.error());
    r.number = number.value();
    if (auto w = store.insert(r, history, op.value(QLatin1String("op_id")).toString()); !w)
        return rejected(w.error());
    // The article's "used in consultations" counter, and every workstation hears of it.
    if (*action == Action::Consult && r.kbArticleId > 0
        && KnowledgeBaseStore(m_db).recordUse(r.kbArticleId).ok())
        ChangeFeedStore(m_db).append(QStringLiteral("kb_article"), QString::number(r.kbArticleId), {}).ok();
    return {QStringLiteral("applied"), {}, r, true};
}

OpsService::Outcome OpsService::takeAction(const QJsonObject& op, const AuthContext& ctx)
{
    const QUuid id = QUuid::fromString(op.value(QLatin1String("request_id")).toString());
    if (id.isNull())
        return rejected(Error {QStringLiteral("invalid_type"), QStringLiteral("“request_id” must be a UUID."),
                               QStringLiteral("request_id")});
    const auto action = fromCode<Action>(op.value(QLatin1String("action")).toString());
    if (!action)
        return rejected(
            Error {QStringLiteral("invalid"), QStringLiteral("Unknown action."), QStringLiteral("action")});
    auto input = WireFormat::actionInputFromJson(op.value(QLatin1String("input")).toObject());
    if (!input)
        return rejected(input.error());

    RequestStore& store = m_requests;
    auto found = store.find(id);
    if (!found)
        return rejected(found.error());
    if (!found.value() || !Permissions::maySee(ctx.user, found.value()->orgCode))
        return rejected(notFound());
    Request r = *found.value();
    if (auto codes = checkCodes(r, input.value()); !codes)
        return rejected(codes.error());
    const int baseVersion = op.value(QLatin1String("base_version")).toInt(0);
    const Actor actor {ctx.user.login, ctx.user.role, ctx.user.orgCode};
    if (auto allowed = Workflow::check(r, *action, actor, input.value()); !allowed) {
        // Someone changed it since the client saw it, and that is why it cannot be done now:
        // say who and what, not just "no". A role that may never do it is simply refused.
        if (baseVersion > 0 && baseVersion != r.version && allowed.error().field == QLatin1String("status")) {
            auto history = store.history(id);
            const QString who = history && !history->isEmpty() ? history->last().actor : QString();
            return {QStringLiteral("conflict"),
                    Error {QStringLiteral("conflict"),
                           who.isEmpty() ? QCoreApplication::translate(
                                               "Server",
                                               "Another user changed this request first: it is now "
                                               "“%1”.")
                                               .arg(displayName(r.status))
                                         : QCoreApplication::translate(
                                               "Server", "%1 changed this request first: it is now “%2”.")
                                               .arg(who, displayName(r.status)),
                           QStringLiteral("status")},
                    r, false};
        }
        return rejected(allowed.error());
    }
    auto entry = Workflow::apply(r, *action, actor, input.value(), m_policy, Clock::currentUtc());
    if (!entry)
        return rejected(entry.error());
    if (auto w = store.update(r); !w)
        return rejected(w.error());
    if (auto h = store.appendHistory(entry.value()); !h)
        return rejected(h.error());
    if (auto c = ChangeFeedStore(m_db).append(QStringLiteral("request"), id.toString(QUuid::WithoutBraces),
                                              r.orgCode);
        !c)
        return rejected(c.error());
    ++r.version;
    return {QStringLiteral("applied"), {}, r, true};
}

QJsonObject OpsService::applyOne(const QJsonObject& op, const AuthContext& ctx)
{
    return applyOne(op, ctx, PreparedOp::of(op));
}

QJsonObject OpsService::applyOne(const QJsonObject& op, const AuthContext& ctx, const PreparedOp& prepared)
{
    const QString opId
        = QUuid::fromString(op.value(QLatin1String("op_id")).toString()).toString(QUuid::WithoutBraces);
    const QString& hash = prepared.payloadHash;
    // Two tries: a concurrent instance may claim the same op_id between our look and our
    // commit; the second look then finds its result.
    for (int attempt = 0; attempt < 2; ++attempt) {
        OpStore ops(m_db);
        auto seen = ops.find(opId);
        if (seen && seen.value()) {
            if (seen.value()->payloadHash != hash || seen.value()->userId != ctx.user.id) {
                QJsonObject e {{QStringLiteral("code"), QStringLiteral("op_id_reused")},
                               {QStringLiteral("message"),
                                QStringLiteral("This op_id was used for a different operation.")},
                               {QStringLiteral("field"), QStringLiteral("op_id")}};
                return QJsonObject {{QStringLiteral("op_id"), opId},
                                    {QStringLiteral("status"), QStringLiteral("rejected")},
                                    {QStringLiteral("error"), e}};
            }
            QJsonObject first = seen.value()->result;
            first.insert(QStringLiteral("first_status"), first.value(QLatin1String("status")));
            first.insert(QStringLiteral("status"), QStringLiteral("duplicate"));
            return first;
        }
        Transaction tx(m_db);
        if (!tx.started())
            break;
        const QString type = op.value(QLatin1String("type")).toString();
        const Outcome outcome = type == QLatin1String("create_request") ? createRequest(op, ctx, prepared)
            : type == QLatin1String("action")                           ? takeAction(op, ctx)
            : BudgetOps::handles(type)                                  ? m_budget.apply(type, op, ctx)
                                                                        : m_admin.apply(type, op, ctx);
        QJsonObject result {{QStringLiteral("op_id"), opId}, {QStringLiteral("status"), outcome.status}};
        if (outcome.articleId > 0)
            result.insert(QStringLiteral("article"), QJsonObject {{QStringLiteral("id"), outcome.articleId}});
        if (!outcome.request.id.isNull())
            result.insert(
                QStringLiteral("request"),
                QJsonObject {{QStringLiteral("id"), outcome.request.id.toString(QUuid::WithoutBraces)},
                             {QStringLiteral("number"), outcome.request.number},
                             {QStringLiteral("status"), toCode(outcome.request.status)},
                             {QStringLiteral("version"), outcome.request.version}});
        const bool databaseFailed = outcome.error.code == QLatin1String("database");
        if (outcome.status != QLatin1String("applied")) {
            // The database's own words stay in the server's log, not in the client's hands.
            const QString message = databaseFailed
                ? QCoreApplication::translate("Server", "The server could not store this; send it again.")
                : outcome.error.message;
            result.insert(
                QStringLiteral("error"),
                QJsonObject {
                    {QStringLiteral("code"), databaseFailed ? QStringLiteral("busy") : outcome.error.code},
                    {QStringLiteral("message"), message},
                    {QStringLiteral("field"),
                     outcome.error.field.isEmpty() ? QJsonValue() : QJsonValue(outcome.error.field)}});
        }
        if (databaseFailed) {
            qCWarning(lcOps) << "operation" << opId << "failed in the database:" << outcome.error.message;
            return result; // not claimed: a retry may succeed
        }
        // A refusal may follow a half-done write inside the transaction: start clean, then
        // record the refusal alone.
        if (!outcome.wrote && !tx.restart())
            break;
        if (auto claimed = ops.claim(opId, ctx.user.id, hash, result); !claimed)
            continue; // someone else claimed it: look again
        if (auto committed = tx.commit(); !committed)
            continue;
        // An admin's new category or organization must be known to the next operation of the
        // same batch (an offline admin sends "a category, then the organization serving it").
        if (outcome.wrote && AdminOps::changesReference(type) && m_referenceChanged)
            m_referenceChanged();
        return result;
    }
    return QJsonObject {
        {QStringLiteral("op_id"), opId},
        {QStringLiteral("status"), QStringLiteral("rejected")},
        {QStringLiteral("error"),
         QJsonObject {{QStringLiteral("code"), QStringLiteral("busy")},
                      {QStringLiteral("message"),
                       QCoreApplication::translate("Server", "The server is busy: send it again.")},
                      {QStringLiteral("field"), QJsonValue()}}}};
}

} // namespace tyndau
