#include "FeedPuller.h"

#include "ReplyDeadline.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace tyndau {

FeedPuller::FeedPuller(QObject* parent)
    : QObject(parent)
{
}

void FeedPuller::start(quint64 generation, const QNetworkRequest& request, const QString& cursor,
                       int pageSize)
{
    stop();
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
    m_generation = generation;
    m_request = request;
    m_pageSize = pageSize;
    m_active = true;
    m_unapplied = 0;
    fetch(cursor);
}

void FeedPuller::applied(quint64 generation)
{
    if (generation != m_generation || !m_active)
        return;
    --m_unapplied;
    if (m_waiting && m_unapplied < kAhead) {
        m_waiting = false;
        fetch(m_waitingCursor);
    }
}

void FeedPuller::stop()
{
    m_active = false;
    m_waiting = false;
    if (QNetworkReply* reply = m_reply.data())
        reply->abort();
}

void FeedPuller::fetchOrWait(const QString& cursor)
{
    if (m_unapplied < kAhead) {
        fetch(cursor);
        return;
    }
    m_waiting = true;
    m_waitingCursor = cursor;
}

void FeedPuller::fetch(const QString& cursor)
{
    QNetworkRequest r = m_request;
    QUrl url = r.url();
    url.setQuery(QUrlQuery {{QStringLiteral("since"), cursor},
                            {QStringLiteral("limit"), QString::number(m_pageSize)}});
    r.setUrl(url);
    QNetworkReply* reply = m_nam->get(r);
    m_reply = reply;
    abortWhenOverdue(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void FeedPuller::onFinished(QNetworkReply* reply)
{
    reply->deleteLater();
    if (!m_active || reply != m_reply)
        return; // stopped, or a page of a cycle that has ended
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 || reply->error() != QNetworkReply::NoError) {
        m_active = false;
        emit failed(m_generation, status, reply->errorString(), reply->readAll());
        return;
    }
    const QByteArray body = reply->readAll();
    // The server says where the next page starts before its body is read: ask for it now,
    // so that it is prepared while this one is read.
    const QByteArray cursor = reply->rawHeader("Tyndau-Cursor");
    const bool saidAhead = !cursor.isEmpty();
    if (saidAhead && reply->rawHeader("Tyndau-More") == "true")
        fetchOrWait(QString::fromLatin1(cursor));
    const FeedPage page = FeedPage::read(body);
    if (!saidAhead && page.valid && page.more)
        fetchOrWait(page.cursor);
    ++m_unapplied;
    emit pageRead(m_generation, page);
}

} // namespace tyndau
