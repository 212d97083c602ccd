#include "ApiError.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace tyndau {

Error ApiError::from(int status, const QJsonObject& json, const QString& networkError)
{
    if (status == 0)
        return Error {
            QStringLiteral("offline"),
            QCoreApplication::translate("ApiError", "The server cannot be reached: %1").arg(networkError),
            {}};
    const QJsonObject e = json.value(QLatin1String("error")).toObject();
    // A refusal says why; an answer without one (a proxy's 502, a 503 while the server
    // restarts) is said in the user's words, not Qt's (which name the URL).
    const QString message = e.value(QLatin1String("message")).toString();
    return Error {e.value(QLatin1String("code")).toString(QStringLiteral("http_%1").arg(status)),
                  !message.isEmpty()
                      ? message
                      : QCoreApplication::translate(
                            "ApiError", "The server answered with an error (HTTP %1); try again later.")
                            .arg(status),
                  e.value(QLatin1String("field")).toString()};
}

QString ApiError::messageOf(const QByteArray& body)
{
    return QJsonDocument::fromJson(body)
        .object()
        .value(QLatin1String("error"))
        .toObject()
        .value(QLatin1String("message"))
        .toString();
}

} // namespace tyndau
