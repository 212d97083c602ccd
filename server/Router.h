#pragma once

#include "HttpTypes.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace tyndau {

// Method + path pattern → handler. "{x}" in a pattern matches one path segment, handed to
// the handler in order. Unknown paths are 404 and known paths with another method 405,
// both in the API's JSON error shape.
class Router
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest&, const QStringList& args)>;

    void add(const QByteArray& method, const QString& pattern, Handler handler);
    HttpResponse dispatch(const HttpRequest& request) const;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        Handler handler;
    };
    static bool match(const Route& route, const QStringList& segments, QStringList& args);

    QList<Route> m_routes;
};

} // namespace tyndau
