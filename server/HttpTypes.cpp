#include "HttpTypes.h"

namespace tyndau {

QString HttpRequest::bearerToken() const
{
    const QByteArray auth = header("authorization");
    if (!auth.startsWith("Bearer ") || auth.size() > 200)
        return {};
    return QString::fromLatin1(auth.mid(7).trimmed());
}

bool HttpRequest::isJson() const
{
    const QByteArray type = header("content-type").toLower();
    return type == "application/json" || type.startsWith("application/json;");
}

HttpResponse HttpResponse::json(const QJsonObject& object, int status)
{
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse HttpResponse::json(QByteArray body, int status)
{
    HttpResponse r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

HttpResponse HttpResponse::noContent()
{
    HttpResponse r;
    r.status = 204;
    r.contentType.clear();
    return r;
}

HttpResponse HttpResponse::error(int status, const QString& code, const QString& message,
                                 const QString& field)
{
    QJsonObject e {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    e.insert(QStringLiteral("field"), field.isEmpty() ? QJsonValue() : QJsonValue(field));
    return json(QJsonObject {{QStringLiteral("error"), e}}, status);
}

std::variant<QJsonObject, HttpResponse> jsonObjectBody(const HttpRequest& request, qsizetype limit)
{
    if (request.body.size() > limit)
        return HttpResponse::error(413, QStringLiteral("too_large"),
                                   QStringLiteral("The request body is too large."));
    if (!request.isJson())
        return HttpResponse::error(415, QStringLiteral("unsupported_media_type"),
                                   QStringLiteral("Send JSON with Content-Type: application/json."));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (doc.isNull() || !doc.isObject())
        return HttpResponse::error(
            400, QStringLiteral("malformed_json"),
            doc.isNull() ? QStringLiteral("The body is not valid JSON: %1.").arg(error.errorString())
                         : QStringLiteral("The body must be a JSON object."));
    return doc.object();
}

} // namespace tyndau
