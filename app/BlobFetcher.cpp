#include "BlobFetcher.h"

#include "ApiError.h"
#include "ApiRequest.h"
#include "core/AttachmentType.h"
#include "db/AttachmentStore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QNetworkReply>

namespace tyndau {

BlobFetcher::BlobFetcher(Database& cache, QUrl server, QString token, QObject* parent)
    : QObject(parent)
    , m_db(cache)
    , m_server(std::move(server))
    , m_token(std::move(token))
{
}

void BlobFetcher::fetch(const QString& sha256)
{
    if (m_running.contains(sha256))
        return;
    m_running.insert(sha256);
    QNetworkReply* reply
        = m_nam.get(ApiRequest::make(m_server, QStringLiteral("/api/v1/attachments/") + sha256, m_token));
    connect(reply, &QNetworkReply::finished, this, [this, reply, sha256] { onFinished(reply, sha256); });
}

void BlobFetcher::onFinished(QNetworkReply* reply, const QString& sha256)
{
    reply->deleteLater();
    m_running.remove(sha256);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (status != 200 || reply->error() != QNetworkReply::NoError) {
        emit failed(
            sha256,
            ApiError::from(status, QJsonDocument::fromJson(body).object(), reply->errorString()).message);
        return;
    }
    if (QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex() != sha256.toLatin1()) {
        emit failed(sha256, tr("The server sent other bytes than were asked for."));
        return;
    }
    if (auto kept = AttachmentStore(m_db).put(sha256, AttachmentType::sniff(body), body); !kept) {
        emit failed(sha256, kept.error().message);
        return;
    }
    emit fetched(sha256);
}

} // namespace tyndau
