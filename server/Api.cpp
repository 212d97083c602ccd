#include "Api.h"

#include "Authorize.h"
#include "CurrentCopy.h"
#include "PreparedOps.h"
#include "RequestLanguage.h"
#include "core/BudgetWire.h"
#include "core/JsonWriter.h"
#include "core/Permissions.h"
#include "core/PolicyWire.h"
#include "core/ReferenceWire.h"
#include "core/RequestJsonWriter.h"
#include "core/WireFormat.h"
#include "db/AccessLogStore.h"
#include "db/BudgetStore.h"
#include "db/ChangeFeedStore.h"
#include "db/Database.h"
#include "db/KnowledgeBaseStore.h"
#include "db/Migrator.h"
#include "db/ReferenceStore.h"
#include "db/RequestStore.h"

#include <QCoreApplication>

namespace tyndau {
namespace {

HttpResponse internalError(const Error& e)
{
    qCWarning(lcOps) << "internal error:" << e.message;
    return HttpResponse::error(500, QStringLiteral("internal"),
                               QCoreApplication::translate("Server", "The server failed; try again."));
}

bool hasPersonalData(const Request& r)
{
    return !r.citizen.anonymous
        && !(r.citizen.phone.isEmpty() && r.citizen.iin.isEmpty() && r.citizen.email.isEmpty());
}

// A request with its history, as GET /api/v1/requests/{id} answers it.
QByteArray requestWithHistory(const Request& r, const QList<HistoryEntry>& history, bool mask)
{
    JsonWriter out;
    RequestJsonWriter::write(out, r, mask, &history);
    return out.take();
}

} // namespace

Api::Api(Database& db, ReferenceData reference, DeadlinePolicy policy, const QByteArray& voteSecret)
    : m_db(db)
    , m_reference(std::move(reference))
    , m_policy(std::move(policy))
    , m_auth(db)
    , m_ops(db, m_reference, m_policy, voteSecret)
    , m_open311(db, m_reference, m_ops)
    , m_attachments(db, m_auth)
    , m_admin(db, m_auth)
    , m_users(db, m_auth, m_reference)
{
    m_ops.onReferenceChanged([this] { refreshReference(); });
    m_open311.addRoutes(m_router);
    m_attachments.addRoutes(m_router);
    m_admin.addRoutes(m_router);
    m_users.addRoutes(m_router);
    m_router.add("POST", QStringLiteral("/api/v1/session"),
                 [this](const auto& r, const auto&) { return postSession(r); });
    m_router.add("DELETE", QStringLiteral("/api/v1/session"),
                 [this](const auto& r, const auto&) { return deleteSession(r); });
    m_router.add("GET", QStringLiteral("/api/v1/changes"),
                 [this](const auto& r, const auto&) { return getChanges(r); });
    m_router.add("POST", QStringLiteral("/api/v1/ops"),
                 [this](const auto& r, const auto&) { return postOps(r); });
    m_router.add("GET", QStringLiteral("/api/v1/requests/{id}"),
                 [this](const auto& r, const QStringList& args) { return getRequest(r, args.at(0)); });
    m_router.add("GET", QStringLiteral("/api/v1/health"),
                 [this](const auto&, const auto&) { return health(); });
}

HttpResponse Api::handle(const HttpRequest& request)
{
    const RequestLanguage::Scope language(
        RequestLanguage::fromAcceptLanguage(request.header("accept-language")));
    if (request.body.size() > kMaxBody)
        return HttpResponse::error(
            413, QStringLiteral("too_large"),
            QCoreApplication::translate("Server", "The request body is larger than %1 MiB.")
                .arg(kMaxBody >> 20));
    refreshReference();
    return m_router.dispatch(request);
}

void Api::refreshReference()
{
    ReferenceStore store(m_db);
    auto version = store.version();
    if (!version) {
        qCWarning(lcOps) << "cannot read the reference version:" << version.error().message;
        return;
    }
    if (version.value() == m_referenceVersion)
        return;
    auto reference = store.loadReference();
    auto policy = store.loadDeadlinePolicy();
    if (!reference || !policy) {
        qCWarning(lcOps) << "cannot reload the reference data:"
                         << (!reference ? reference.error().message : policy.error().message);
        return;
    }
    // Assigned in place: the route sets hold references to these two.
    m_reference = std::move(reference).value();
    m_policy = policy.value();
    m_referenceVersion = version.value();
}

std::variant<AuthContext, HttpResponse> Api::authorize(const HttpRequest& request)
{
    return tyndau::authorize(m_auth, request);
}

HttpResponse Api::postSession(const HttpRequest& request)
{
    auto body = jsonObjectBody(request, kMaxLoginBody);
    if (auto* response = std::get_if<HttpResponse>(&body))
        return *response;
    const QJsonObject o = std::get<QJsonObject>(body);
    const QJsonValue login = o.value(QLatin1String("login"));
    const QJsonValue password = o.value(QLatin1String("password"));
    if (!login.isString() || !password.isString() || login.toString().isEmpty())
        return HttpResponse::error(400, QStringLiteral("invalid_type"),
                                   QStringLiteral("“login” and “password” must be text."),
                                   login.isString() ? QStringLiteral("password") : QStringLiteral("login"));
    auto result = m_auth.login(login.toString(), password.toString(), request.peer);
    if (!result) {
        if (result.error().code == QLatin1String("throttled")) {
            HttpResponse r = HttpResponse::error(429, result.error().code, result.error().message);
            r.retryAfterSeconds = 60;
            return r;
        }
        if (result.error().code == QLatin1String("invalid_credentials"))
            return HttpResponse::error(401, result.error().code, result.error().message);
        return internalError(result.error());
    }
    return HttpResponse::json(
        QJsonObject {{QStringLiteral("token"), result->token},
                     {QStringLiteral("expires_at"), WireFormat::timeToString(result->expiresAt)},
                     {QStringLiteral("user"), WireFormat::toJson(result->user)}});
}

HttpResponse Api::deleteSession(const HttpRequest& request)
{
    auto ctx = authorize(request);
    if (auto* response = std::get_if<HttpResponse>(&ctx))
        return *response;
    if (auto r = m_auth.logout(std::get<AuthContext>(ctx)); !r)
        return internalError(r.error());
    return HttpResponse::noContent();
}

HttpResponse Api::postOps(const HttpRequest& request)
{
    auto ctx = authorize(request);
    if (auto* response = std::get_if<HttpResponse>(&ctx))
        return *response;
    std::optional<PreparedOps> readHere;
    const PreparedOps& prepared
        = request.preparedOps ? *request.preparedOps : readHere.emplace(PreparedOps::read(request));
    if (auto* response = std::get_if<HttpResponse>(&prepared.batch))
        return *response;
    return HttpResponse::json(QJsonObject {
        {QStringLiteral("results"),
         m_ops.apply(std::get<QJsonArray>(prepared.batch), std::get<AuthContext>(ctx), prepared.ops)}});
}

HttpResponse Api::getChanges(const HttpRequest& request)
{
    auto ctxOr = authorize(request);
    if (auto* response = std::get_if<HttpResponse>(&ctxOr))
        return *response;
    const AuthContext& ctx = std::get<AuthContext>(ctxOr);
    const QString since = request.query.queryItemValue(QStringLiteral("since"));
    if (!ChangeFeedStore::isValidCursor(since))
        return HttpResponse::error(400, QStringLiteral("invalid"), QStringLiteral("“since” is not a cursor."),
                                   QStringLiteral("since"));
    bool limitOk = true;
    const QString limitText = request.query.queryItemValue(QStringLiteral("limit"));
    const int limit = limitText.isEmpty() ? kDefaultPage : limitText.toInt(&limitOk);
    if (!limitOk || limit < 1 || limit > kMaxPage)
        return HttpResponse::error(400, QStringLiteral("invalid"),
                                   QStringLiteral("“limit” is a number from 1 to %1.").arg(kMaxPage),
                                   QStringLiteral("limit"));
    const bool allOrgs = Permissions::has(ctx.user.role, Permission::ViewAllRequests);
    if (!allOrgs && ctx.user.orgCode.isEmpty())
        return HttpResponse::error(403, QStringLiteral("forbidden"),
                                   QCoreApplication::translate("Server", "This role sees no requests."));
    auto page = ChangeFeedStore(m_db).page(since, limit, allOrgs ? QString() : ctx.user.orgCode);
    if (!page)
        return internalError(page.error());

    const bool mask = !Permissions::seesCitizenContacts(ctx.user.role);
    // A request changed twice in a page is sent once, as it is now; the page's requests and
    // their histories are read in two queries.
    QList<QUuid> ids;
    QStringList proposalIds;
    QList<const ChangeRow*> order;
    QSet<QString> done;
    for (const ChangeRow& row : page->rows) {
        if (done.contains(row.entity + row.entityId))
            continue;
        done.insert(row.entity + row.entityId);
        order.append(&row);
        if (row.entity == QLatin1String("request"))
            ids.append(QUuid::fromString(row.entityId));
        else if (row.entity == QLatin1String("budget_proposal"))
            proposalIds.append(row.entityId);
    }
    RequestStore requests(m_db);
    auto found = requests.findMany(ids);
    auto histories = requests.historyMany(ids);
    if (!found || !histories)
        return internalError(!found ? found.error() : histories.error());
    BudgetStore budget(m_db);
    auto proposals = budget.proposals(proposalIds);
    if (!proposals)
        return internalError(proposals.error());
    KnowledgeBaseStore kb(m_db);
    AccessLogStore accessLog(m_db);
    Transaction logTx(m_db);
    // Written as it goes: a page holds thousands of requests (JsonWriter says why).
    JsonWriter out;
    out.beginObject();
    out.key(QLatin1StringView("changes"));
    out.beginArray();
    auto entry = [&out](const QString& entity, QLatin1StringView name, const QJsonObject& object) {
        out.beginObject();
        out.field(QLatin1StringView("entity"), entity);
        out.field(name, object);
        out.endObject();
    };
    for (const ChangeRow* row : order) {
        if (row->entity == QLatin1String("request")) {
            const QUuid id = QUuid::fromString(row->entityId);
            const auto it = found->constFind(id);
            if (it == found->cend() || !Permissions::maySee(ctx.user, it->orgCode))
                continue;
            if (!mask && hasPersonalData(*it))
                accessLog.record(ctx.user.login, id, QStringLiteral("changes")).ok();
            const auto history = histories->constFind(id);
            const QList<HistoryEntry> none;
            out.beginObject();
            out.field(QLatin1StringView("entity"), row->entity);
            out.key(QLatin1StringView("request"));
            RequestJsonWriter::write(out, *it, mask, history == histories->cend() ? &none : &history.value());
            out.endObject();
        } else if (row->entity == QLatin1String("policy")) {
            if (auto policy = ReferenceStore(m_db).loadDeadlinePolicy())
                entry(row->entity, QLatin1StringView("policy"), PolicyWire::toJson(policy.value()));
        } else if (row->entity == QLatin1String("reference")) {
            // Read now, not from memory: the page may hold a change made after this
            // instance last reloaded.
            if (auto reference = ReferenceStore(m_db).loadReference())
                entry(row->entity, QLatin1StringView("reference"),
                      ReferenceWire::catalogToJson(reference.value()));
        } else if (row->entity == QLatin1String("kb_article")) {
            auto a = kb.article(row->entityId.toLongLong());
            if (a && a.value())
                entry(row->entity, QLatin1StringView("article"), WireFormat::toJson(*a.value()));
        } else if (row->entity == QLatin1String("budget_season")) {
            auto season = budget.season(row->entityId.toInt());
            if (season && season.value())
                entry(row->entity, QLatin1StringView("season"), season.value()->toJson());
        } else if (row->entity == QLatin1String("budget_proposal")) {
            // The proposal as it is now, its vote total included; the ballots never leave.
            const auto it = proposals->constFind(row->entityId);
            if (it == proposals->cend())
                continue;
            const bool maskAuthor = CurrentCopy::masksAuthor(ctx.user, it->proposal);
            if (!maskAuthor && !(it->proposal.authorIin.isEmpty() && it->proposal.authorPhone.isEmpty()))
                accessLog
                    .record(ctx.user.login, QUuid::fromString(it->proposal.id),
                            QStringLiteral("budget_changes"))
                    .ok();
            entry(row->entity, QLatin1StringView("proposal"), BudgetWire::toJson(*it, maskAuthor));
        }
    }
    logTx.commit().ok();
    out.endArray();
    out.field(QLatin1StringView("cursor"), page->nextCursor);
    out.field(QLatin1StringView("more"), page->more);
    out.endObject();
    HttpResponse response = HttpResponse::json(out.take());
    // The same two in headers, for a client that asks for the next page before reading
    // this one (DESIGN-NOTES.md, "Pulling in a pipeline").
    response.headers
        = {{"Tyndau-Cursor", page->nextCursor.toLatin1()}, {"Tyndau-More", page->more ? "true" : "false"}};
    return response;
}

HttpResponse Api::getRequest(const HttpRequest& request, const QString& idText)
{
    auto ctxOr = authorize(request);
    if (auto* response = std::get_if<HttpResponse>(&ctxOr))
        return *response;
    const AuthContext& ctx = std::get<AuthContext>(ctxOr);
    const QUuid id = QUuid::fromString(idText);
    RequestStore store(m_db);
    auto found = id.isNull() ? Result<std::optional<Request>>(std::optional<Request> {}) : store.find(id);
    if (!found)
        return internalError(found.error());
    // Another organization's request is "not found", not "forbidden": its existence is
    // not the executor's business either.
    if (!found.value() || !Permissions::maySee(ctx.user, found.value()->orgCode))
        return HttpResponse::error(404, QStringLiteral("not_found"),
                                   QCoreApplication::translate("Server", "No such request."));
    auto history = store.history(id);
    if (!history)
        return internalError(history.error());
    const bool mask = !Permissions::seesCitizenContacts(ctx.user.role);
    if (!mask && hasPersonalData(*found.value()))
        AccessLogStore(m_db).record(ctx.user.login, id, QStringLiteral("request")).ok();
    return HttpResponse::json(requestWithHistory(*found.value(), *history, mask));
}

// For load balancers and monitoring: 200 while this instance and its database answer, 503
// otherwise. One cheap query: it is asked every few seconds, on a database of millions.
HttpResponse Api::health()
{
    if (auto answered = m_db.ping(); !answered)
        return HttpResponse::error(503, QStringLiteral("unavailable"),
                                   QCoreApplication::translate("Server", "The database does not answer."));
    // The schema this program runs on (it migrated to it before serving).
    return HttpResponse::json(
        QJsonObject {{QStringLiteral("status"), QStringLiteral("ok")},
                     {QStringLiteral("schema"), Migrator::latestVersion(m_db.dialect())},
                     {QStringLiteral("version"), QCoreApplication::applicationVersion()}});
}

} // namespace tyndau
