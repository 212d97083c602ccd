#include "AttachmentApi.h"

#include "Authorize.h"
#include "Router.h"
#include "core/AttachmentType.h"
#include "core/Permissions.h"
#include "db/AttachmentStore.h"
#include "db/ChangeFeedStore.h"
#include "db/Database.h"
#include "db/RequestStore.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QRegularExpression>

namespace tyndau {
namespace {

HttpResponse notFound()
{
    return HttpResponse::error(404, QStringLiteral("not_found"), QStringLiteral("No such attachment."));
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
        return HttpResponse::error(404, QStringLiteral("not_found"), QStringLiteral("No such request."));
    // Who works on requests may add to them; who only reads may not.
    if (!Permissions::has(ctx.user.role, Permission::RegisterRequests)
        && !Permissions::has(ctx.user.role, Permission::AnswerRequests)
        && !Permissions::has(ctx.user.role, Permission::ReviewAnswers))
        return HttpResponse::error(403, QStringLiteral("forbidden"),
                                   QStringLiteral("This role may not add attachments."));
    if (request.body.size() > AttachmentType::kMaxSize)
        return HttpResponse::error(
            413, QStringLiteral("too_large"),
            QStringLiteral("An attachment is at most %1 MiB.").arg(AttachmentType::kMaxSize >> 20));
    if (request.body.isEmpty())
        return HttpResponse::error(400, QStringLiteral("empty"), QStringLiteral("The attachment is empty."));
    const QString type = AttachmentType::sniff(request.body);
    if (type.isEmpty())
        return HttpResponse::error(415, QStringLiteral("unsupported_media_type"),
                                   QStringLiteral("Attach a photo (JPEG, PNG, WebP) or a PDF."));
    // A plain file name: no folders, no control characters.
    QString name
        = QFileInfo(request.query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded)).fileName();
    name.remove(QRegularExpression(QStringLiteral("[\\x00-\\x1f]")));
    if (name.isEmpty())
        name = QStringLiteral("attachment");
    const AttachmentRef ref {
        QString::fromLatin1(QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex()),
        name.left(200), type, request.body.size()};
    Transaction tx(m_db);
    AttachmentStore store(m_db);
    if (!tx.started() || !store.put(ref.sha256, type, request.body) || !store.link(id, ref)
        || !ChangeFeedStore(m_db).append(QStringLiteral("request"), id.toString(QUuid::WithoutBraces),
                                         found.value()->orgCode)
        || !tx.commit())
        return HttpResponse::error(500, QStringLiteral("internal"),
                                   QStringLiteral("The server failed; try again."));
    return HttpResponse::json(QJsonObject {{QStringLiteral("sha256"), ref.sha256},
                                           {QStringLiteral("file_name"), ref.fileName},
                                           {QStringLiteral("mime_type"), ref.mimeType},
                                           {QStringLiteral("size"), ref.size}},
                              201);
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
    bool visible = false;
    for (const QUuid& id : store.requestsWith(sha256).value_or_zero()) {
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
