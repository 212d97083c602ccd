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

} // namespace tyndau
