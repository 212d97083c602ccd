#pragma once

#include <QNetworkRequest>
#include <QString>
#include <QUrl>

namespace tyndau {

// A request to the server's API, made the same way by every client of it (the session, the
// sync engine, the administrator's calls, the photo fetcher): the path under the server's
// address, the session's token, and the workstation's language as Accept-Language, in which
// the server words its refusals.
class ApiRequest
{
public:
    static QNetworkRequest make(const QUrl& server, const QString& path, const QString& token,
                                int timeoutMs = 30000);
};

} // namespace tyndau
