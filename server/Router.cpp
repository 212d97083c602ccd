#include "Router.h"

namespace tyndau {

void Router::add(const QByteArray& method, const QString& pattern, Handler handler)
{
    m_routes.append(Route {method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), std::move(handler)});
}

bool Router::match(const Route& route, const QStringList& segments, QStringList& args)
{
    if (route.segments.size() != segments.size())
        return false;
    args.clear();
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString& want = route.segments.at(i);
        if (want.startsWith(QLatin1Char('{')) && want.endsWith(QLatin1Char('}')))
            args.append(segments.at(i));
        else if (want != segments.at(i))
            return false;
    }
    return true;
}

HttpResponse Router::dispatch(const HttpRequest& request) const
{
    const QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    bool pathKnown = false;
    QStringList args;
    for (const Route& route : m_routes) {
        if (!match(route, segments, args))
            continue;
        pathKnown = true;
        if (route.method == request.method)
            return route.handler(request, args);
    }
    if (pathKnown)
        return HttpResponse::error(
            405, QStringLiteral("method_not_allowed"),
            QStringLiteral("This address does not take %1.").arg(QString::fromLatin1(request.method)));
    return HttpResponse::error(404, QStringLiteral("not_found"), QStringLiteral("No such address."));
}

} // namespace tyndau
