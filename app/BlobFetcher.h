#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QUrl>

namespace tyndau {

class Database;

// Brings files the cache names but does not hold (another workstation's photos of a budget
// winner) from the server: GET /api/v1/attachments/{sha256}. The bytes are kept in the cache
// only if their hash is the one asked for. Asked again while a fetch runs, it fetches once.
class BlobFetcher : public QObject
{
    Q_OBJECT

public:
    BlobFetcher(Database& cache, QUrl server, QString token, QObject* parent = nullptr);

    void fetch(const QString& sha256);

signals:
    void fetched(const QString& sha256);
    void failed(const QString& sha256, const QString& message);

private:
    void onFinished(QNetworkReply* reply, const QString& sha256);

    Database& m_db;
    QUrl m_server;
    QString m_token;
    QNetworkAccessManager m_nam;
    QSet<QString> m_running;
};

} // namespace tyndau
