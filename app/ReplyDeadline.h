#pragma once

#include <QNetworkReply>
#include <QTimer>

namespace tyndau {

// Ends `reply` at twice its request's transfer timeout. The transfer timeout only catches a
// line that goes silent; one that trickles a few bytes now and then would keep a sync cycle
// alive for ever. The operations are idempotent, so the next cycle is safe.
inline void abortWhenOverdue(QNetworkReply* reply)
{
    QTimer::singleShot(2 * reply->request().transferTimeout(), reply, [reply] {
        if (reply->isRunning())
            reply->abort();
    });
}

} // namespace tyndau
