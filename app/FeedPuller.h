#pragma once

#include "FeedPage.h"

#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace tyndau {

// Fetches and reads the change feed's pages on a thread of its own, a few pages ahead
// of the one being written into the cache (SyncEngine writes them, in order, on its own
// thread). On one thread, reading a page's JSON and writing the page before took turns,
// and the next page was asked for only when both were done.
// Its slots are called on its own thread (QMetaObject::invokeMethod); a page or a
// failure comes back with the generation it was started with, so one from a cycle
// that has ended can be told apart.
class FeedPuller : public QObject
{
    Q_OBJECT

public:
    static constexpr int kAhead = 3; // pages read and not yet written, at most

    explicit FeedPuller(QObject* parent = nullptr);

    // `request`: GET /api/v1/changes with its headers; the puller adds since= and limit=.
    void start(quint64 generation, const QNetworkRequest& request, const QString& cursor, int pageSize);
    // The writer is done with one page: there is room for another.
    void applied(quint64 generation);
    void stop();

signals:
    void pageRead(quint64 generation, const tyndau::FeedPage& page);
    void failed(quint64 generation, int httpStatus, const QString& errorString, const QByteArray& body);

private:
    void fetchOrWait(const QString& cursor);
    void fetch(const QString& cursor);
    void onFinished(QNetworkReply* reply);

    QNetworkAccessManager* m_nam = nullptr; // made on the puller's thread
    QNetworkRequest m_request;
    QPointer<QNetworkReply> m_reply;
    quint64 m_generation = 0;
    int m_pageSize = 0;
    bool m_active = false;
    int m_unapplied = 0;
    bool m_waiting = false;
    QString m_waitingCursor;
};

} // namespace tyndau
