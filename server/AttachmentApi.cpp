#include "AttachmentApi.h"

#include "Authorize.h"
#include "BudgetOps.h"
#include "Router.h"
#include "UploadBody.h"
#include "core/Permissions.h"
#include "db/AttachmentStore.h"
#include "db/AuditStore.h"
#include "db/BudgetStore.h"
#include "db/ChangeFeedStore.h"
#include "db/Database.h"
#include "db/ProposalPhotoStore.h"
#include "db/RequestStore.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tyndau {
namespace {

HttpResponse notFound()
{
    return HttpResponse::error(404, QStringLiteral("not_found"),
                               QCoreApplication::translate("Server", "No such attachment."));
}

QJsonObject describe(const AttachmentRef& ref)
{
    return QJsonObject {{QStringLiteral("sha256"), ref.sha256},
                        {QStringLiteral("file_name"), ref.fileName},
                        {QStringLiteral("mime_type"), ref.mimeType},
                        {QStringLiteral("size"), ref.size}};
}

} // namespace

AttachmentApi::AttachmentApi(Database& db, AuthService& auth)
    : m_db(db)
    , m_auth(auth)
{
}

void AttachmentApi::addRoutes(Router& router)
{
    router.add("POST", QStringLiteral("/api/v1/requests/{id}/attachments"),
               [this](const HttpRequest& r, const QStringList& a) { return upload(r, a.at(0)); });
    router.add("POST", QStringLiteral("/api/v1/budget/proposals/{id}/photos"),
               [this](const HttpRequest& r, const QStringList& a) { return uploadPhoto(r, a.at(0)); });
    router.add("GET", QStringLiteral("/api/v1/attachments/{sha}"),
               [this](const HttpRequest& r, const QStringList& a) { return download(r, a.at(0)); });
}

HttpResponse AttachmentApi::upload(const HttpRequest& request, const QString& requestId)
{
    auto ctxOr = authorize(m_auth, request);
    if (auto* response = std::get_if<HttpResponse>(&ctxOr))
        return *response;
    const AuthContext& ctx = std::get<AuthContext>(ctxOr);
    const QUuid id = QUuid::fromString(requestId);
    RequestStore requests(m_db);
    auto found = id.isNull() ? Result<std::optional<Request>>(std::optional<Request> {}) : requests.find(id);
    if (!found || !found.value() || !Permissions::maySee(ctx.user, found.value()->orgCode))
        return HttpResponse::error(404, QStringLiteral("not_found"),
                                   QCoreApplication::translate("Server", "No such request."));
    // Who works on requests may add to them; who only reads may not.
    if (!Permissions::has(ctx.user.role, Permission::RegisterRequests)
        && !Permissions::has(ctx.user.role, Permission::AnswerRequests)
        && !Permissions::has(ctx.user.role, Permission::ReviewAnswers))
        return HttpResponse::error(
            403, QStringLiteral("forbidden"),
            QCoreApplication::translate("Server", "This role may not add attachments."));
    auto file = readUploadBody(request, false);
    if (auto* refusal = std::get_if<HttpResponse>(&file))
        return *refusal;
    const AttachmentRef& ref = std::get<AttachmentRef>(file);
    Transaction tx(m_db);
    AttachmentStore store(m_db);
    if (!tx.started() || !store.put(ref.sha256, ref.mimeType, request.body) || !store.link(id, ref)
        || !ChangeFeedStore(m_db).append(QStringLiteral("request"), id.toString(QUuid::WithoutBraces),
                                         found.value()->orgCode)
        || !tx.commit())
        return HttpResponse::error(500, QStringLiteral("internal"),
                                   QCoreApplication::translate("Server", "The server failed; try again."));
    return HttpResponse::json(describe(ref), 201);
}

// A photo of a funded winner's implementation, by an administrator while the season tracks it.
HttpResponse AttachmentApi::uploadPhoto(const HttpRequest& request, const QString& proposalId)
{
    auto ctxOr = authorize(m_auth, request);
    if (auto* response = std::get_if<HttpResponse>(&ctxOr))
        return *response;
    const AuthContext& ctx = std::get<AuthContext>(ctxOr);
    if (!Permissions::has(ctx.user.role, Permission::ManageBudget))
        return HttpResponse::error(
            403, QStringLiteral("forbidden"),
            QCoreApplication::translate("Server",
                                        "Only an administrator tracks the winners' implementation."));
    auto file = readUploadBody(request, true);
    if (auto* refusal = std::get_if<HttpResponse>(&file))
        return *refusal;
    const AttachmentRef& photo = std::get<AttachmentRef>(file);
    const QString id = QUuid::fromString(proposalId).toString(QUuid::WithoutBraces);

    Transaction tx(m_db);
    if (!tx.started())
        return HttpResponse::error(503, QStringLiteral("busy"),
                                   QCoreApplication::translate("Server", "The server is busy; try again."));
    BudgetStore budget(m_db);
    auto record = QUuid::fromString(proposalId).isNull()
        ? Result<std::optional<BudgetProposalRecord>>(std::nullopt)
        : budget.proposal(id);
    if (!record || !record.value())
        return HttpResponse::error(404, QStringLiteral("not_found"),
                                   QCoreApplication::translate("Server", "No such proposal."));
    // Read under a share lock: the phase cannot move while the photo is added.
    auto season = budget.season(record.value()->proposal.seasonYear, BudgetStore::Lock::Share);
    Result<void> allowed = !season || !season.value()
        ? Result<void>(Error {QStringLiteral("not_found"),
                              QCoreApplication::translate("Server", "The proposal has no season."),
                              {}})
        : season.value()->allows(BudgetAction::TrackImplementation);
    if (allowed)
        allowed = BudgetOps::checkFundedWinner(m_db, *season.value(), *record.value());
    if (!allowed)
        return HttpResponse::error(409, allowed.error().code, allowed.error().message);
    const QJsonObject detail {{QStringLiteral("file_name"), photo.fileName},
                              {QStringLiteral("sha256"), photo.sha256}};
    if (!AttachmentStore(m_db).put(photo.sha256, photo.mimeType, request.body)
        || !ProposalPhotoStore(m_db).link(id, photo, ctx.user.login)
        || !AuditStore(m_db).record(ctx.user.login, QStringLiteral("budget_photo.add"), id, detail)
        || !ChangeFeedStore(m_db).append(QStringLiteral("budget_proposal"), id, {}) || !tx.commit())
        return HttpResponse::error(500, QStringLiteral("internal"),
                                   QCoreApplication::translate("Server", "The server failed; try again."));
    return HttpResponse::json(describe(photo), 201);
}

HttpResponse AttachmentApi::download(const HttpRequest& request, const QString& sha256)
{
    auto ctxOr = authorize(m_auth, request);
    if (auto* response = std::get_if<HttpResponse>(&ctxOr))
        return *response;
    const AuthContext& ctx = std::get<AuthContext>(ctxOr);
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(sha256).hasMatch())
        return notFound();
    AttachmentStore store(m_db);
    RequestStore requests(m_db);
    // A budget winner's photo is as public as the proposal; a request's file is seen by
    // whoever may see the request.
    bool visible = ProposalPhotoStore(m_db).isPhoto(sha256).value_or_zero();
    const QList<QUuid> holders = visible ? QList<QUuid> {} : store.requestsWith(sha256).value_or_zero();
    for (const QUuid& id : holders) {
        auto r = requests.find(id);
        if (r && r.value() && Permissions::maySee(ctx.user, r.value()->orgCode)) {
            visible = true;
            break;
        }
    }
    if (!visible)
        return notFound();
    auto blob = store.blob(sha256);
    if (!blob || !blob.value())
        return notFound();
    HttpResponse out;
    out.body = blob.value()->data;
    out.contentType = blob.value()->mimeType.toLatin1();
    return out;
}

} // namespace tyndau
