#include "ApiRequest.h"

#include "UiLanguage.h"

namespace tyndau {

QNetworkRequest ApiRequest::make(const QUrl& server, const QString& path, const QString& token, int timeoutMs)
{
    QUrl url = server;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + path);
    QNetworkRequest r(url);
    if (!token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    r.setRawHeader("Accept-Language", UiLanguage::current().toLatin1());
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    r.setTransferTimeout(timeoutMs);
    return r;
}

} // namespace tyndau
