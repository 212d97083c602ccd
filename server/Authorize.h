#pragma once

#include "AuthService.h"
#include "HttpTypes.h"
#include "core/Permissions.h"

#include <QCoreApplication>

#include <variant>

namespace tyndau {

// The caller's session from the bearer token, or the 401 (500 on a server fault) to answer
// with. Shared by every /api/v1 route set.
inline std::variant<AuthContext, HttpResponse> authorize(AuthService& auth, const HttpRequest& request)
{
    auto ctx = auth.authenticate(request.bearerToken());
    if (ctx)
        return ctx.value();
    if (ctx.error().code == QLatin1String("unauthorized"))
        return HttpResponse::error(401, ctx.error().code, ctx.error().message);
    qCWarning(lcAuth) << "authentication failed in the server:" << ctx.error().message;
    return HttpResponse::error(500, QStringLiteral("internal"),
                               QCoreApplication::translate("Server", "The server failed; try again."));
}

// The caller's session if their role has `permission`; otherwise the 401 or the 403 with
// `refusal` to answer with.
inline std::variant<AuthContext, HttpResponse> authorizeFor(AuthService& auth, const HttpRequest& request,
                                                            Permission permission, const QString& refusal)
{
    auto ctx = authorize(auth, request);
    if (auto* c = std::get_if<AuthContext>(&ctx); c && !Permissions::has(c->user.role, permission))
        return HttpResponse::error(403, QStringLiteral("forbidden"), refusal);
    return ctx;
}

} // namespace tyndau
