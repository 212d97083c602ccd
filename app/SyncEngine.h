#pragma once

#include "FeedPuller.h"
#include "SyncStatus.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QObject>
#include <QThread>
#include <QTimer>
#include <QUrl>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

class QNetworkReply;

namespace tyndau {

class Database;
struct OutboxEntry;
struct PendingUpload;

// Pushes the outbox, sends the attachments waiting for their requests, and pulls the change feed, in the
// background, on a timer and on demand. An outbox entry goes only in the transaction that records the
// server's answer; the pull cursor advances in the transaction that applies its page. So a crash or a cut
// connection at any point leaves nothing lost and nothing applied twice: the next cycle
// resumes where the last one stopped. Failures back off exponentially, with jitter.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPushBatch = 200;
    static constexpr int kPullPage = 5000;

    SyncEngine(Database& cache, QUrl server, QObject* parent = nullptr);
    ~SyncEngine() override;

    void setServer(const QUrl& server) { m_server = server; }
    void setToken(const QString& token) { m_token = token; }
    // Syncs every `seconds` besides when asked (0: only when asked); intervalSeconds() says
    // which.
    void setInterval(int seconds);
    int intervalSeconds() const { return m_timer.isActive() ? m_timer.interval() / 1000 : 0; }
    // How long a request may go without progress before it counts as failed.
    void setTransferTimeout(int milliseconds) { m_transferTimeout = milliseconds; }
    // Requests per page of the feed (tests use small pages to pull many).
    void setPullPage(int requests) { m_pullPage = requests; }
    const SyncStatus& status() const { return m_status; }
    bool isRunning() const { return m_running; }
    // Whether the last cycle, however it ended, wrote anything into the cache: a cycle that
    // failed before the server answered changed nothing, and the lists need not be read again.
    bool changedCache() const { return m_changedCache; }

public slots:
    void syncNow();

signals:
    void statusChanged(const tyndau::SyncStatus& status);
    void finished(bool ok); // one cycle, push and pull, ended
    void authenticationRequired();
    // The server refused an operation of this request; the reason is also on the request.
    void operationRefused(const QUuid& requestId, const QString& message);
    // An admin changed deadline terms, the calendar, organizations or categories: the cache
    // has them; LocalCache::reloadReference() reads them into memory.
    void referenceChanged();
    // A participation-budget season or proposal arrived (a phase moved, votes were counted).
    void budgetChanged();

private:
    void pushNext();
    void onPushed(QNetworkReply* reply, const QList<OutboxEntry>& sent);
    enum class UploadStep
    {
        Send,
        Wait, // what it belongs to is not on the server yet
        Drop, // what it belongs to is gone or refused
    };
    UploadStep stepFor(const PendingUpload& upload);
    void uploadNext();
    void onUploaded(QNetworkReply* reply, const PendingUpload& upload);
    void startPull();
    void stopPull();
    void onPageRead(quint64 generation, const FeedPage& page);
    void onPullFailed(quint64 generation, int status, const QString& errorString, const QByteArray& body);
    bool applyResults(const QJsonArray& results, const QList<OutboxEntry>& sent);
    void writeReadPages();
    bool applyPages(const QList<FeedPage>& pages);
    void succeed();
    void fail(QNetworkReply* reply, const QString& what);
    void fail(int status, const QString& errorString, const QByteArray& body, const QString& what);
    void failWith(SyncStatus::State state, const QString& message);
    QNetworkRequest request(const QString& path) const;
    void publish();

    Database& m_db;
    QUrl m_server;
    QString m_token;
    QNetworkAccessManager m_nam;
    QTimer m_timer;
    QTimer m_retry;
    SyncStatus m_status;
    bool m_running = false;
    bool m_again = false;
    bool m_changedCache = false;
    int m_failures = 0;
    int m_transferTimeout = 60000;
    int m_pullPage = kPullPage;
    QThread m_pullThread;
    FeedPuller* m_puller = nullptr; // lives on m_pullThread
    quint64 m_pullGeneration = 0; // pages and failures of an older one are dropped
    QList<FeedPage> m_readPages; // read, waiting to be written together
};

} // namespace tyndau
