#include "SyncEngine.h"

#include "ApiError.h"
#include "ApiRequest.h"
#include "FeedApplier.h"
#include "ReplyDeadline.h"
#include "core/Clock.h"
#include "core/WireFormat.h"
#include "db/AttachmentStore.h"
#include "db/Database.h"
#include "db/LocalVoteStore.h"
#include "db/OutboxStore.h"
#include "db/ProposalPhotoStore.h"
#include "db/RequestStore.h"
#include "db/SyncStateStore.h"
#include "db/UploadStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcSync, "tyndau.sync")

namespace tyndau {
namespace {

const QString kCursorKey = QStringLiteral("pull_cursor");
const QString kLastSuccessKey = QStringLiteral("last_success");

} // namespace

SyncEngine::SyncEngine(Database& cache, QUrl server, QObject* parent)
    : QObject(parent)
    , m_db(cache)
    , m_server(std::move(server))
{
    connect(&m_timer, &QTimer::timeout, this, [this] {
        // A retry waiting out its back-off after failures is not cut short by the clock.
        if (!m_retry.isActive())
            syncNow();
    });
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SyncEngine::syncNow);
    // The puller lives on its own thread and is deleted there when the thread ends. The
    // thread starts with the first pull: started with the workstation, it slowed the first
    // paint (bench/RESULTS.md, cold start).
    m_puller = new FeedPuller;
    m_puller->moveToThread(&m_pullThread);
    connect(&m_pullThread, &QThread::finished, m_puller, &QObject::deleteLater);
    connect(m_puller, &FeedPuller::pageRead, this, &SyncEngine::onPageRead);
    connect(m_puller, &FeedPuller::failed, this, &SyncEngine::onPullFailed);
    m_status.lastSuccess
        = WireFormat::timeFromString(SyncStateStore(m_db).value(kLastSuccessKey).value_or_zero());
    m_status.outboxCount = OutboxStore(m_db).count().value_or_zero();
}

SyncEngine::~SyncEngine()
{
    if (!m_pullThread.isRunning()) {
        delete m_puller; // no pull ever started: no thread ran it
        return;
    }
    m_pullThread.quit();
    m_pullThread.wait();
}

void SyncEngine::setInterval(int seconds)
{
    if (seconds <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(seconds * 1000);
}

QNetworkRequest SyncEngine::request(const QString& path) const
{
    return ApiRequest::make(m_server, path, m_token, m_transferTimeout);
}

void SyncEngine::publish()
{
    // What waits to be sent: operations and attachments.
    m_status.outboxCount
        = OutboxStore(m_db).count().value_or_zero() + UploadStore(m_db).count().value_or_zero();
    emit statusChanged(m_status);
}

void SyncEngine::syncNow()
{
    if (m_running) {
        m_again = true; // finish this cycle, then run another
        return;
    }
    m_running = true;
    m_again = false;
    m_changedCache = false;
    m_retry.stop();
    m_status.state = SyncStatus::State::Syncing;
    m_status.done = 0;
    m_status.total = int(OutboxStore(m_db).count().value_or_zero());
    m_status.message.clear();
    publish();
    pushNext();
}

void SyncEngine::pushNext()
{
    auto pending = OutboxStore(m_db).pending(kPushBatch);
    if (!pending) {
        failWith(SyncStatus::State::Error, pending.error().message);
        return;
    }
    if (pending->isEmpty()) {
        uploadNext();
        return;
    }
    QJsonArray ops;
    for (const OutboxEntry& e : pending.value())
        ops.append(e.payload);
    const QByteArray body
        = QJsonDocument(QJsonObject {{QStringLiteral("ops"), ops}}).toJson(QJsonDocument::Compact);
    QNetworkReply* reply = m_nam.post(request(QStringLiteral("/api/v1/ops")), body);
    abortWhenOverdue(reply);
    const QList<OutboxEntry> sent = pending.value();
    connect(reply, &QNetworkReply::finished, this, [this, reply, sent] { onPushed(reply, sent); });
}

void SyncEngine::onPushed(QNetworkReply* reply, const QList<OutboxEntry>& sent)
{
    reply->deleteLater();
    // A 200 whose body was cut off is a failure too: the status alone does not say so.
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 || reply->error() != QNetworkReply::NoError) {
        fail(reply, tr("sending"));
        return;
    }
    const QJsonArray results
        = QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("results")).toArray();
    if (!applyResults(results, sent))
        return;
    m_status.done += int(sent.size());
    publish();
    pushNext();
}

bool SyncEngine::applyResults(const QJsonArray& results, const QList<OutboxEntry>& sent)
{
    QHash<QString, QUuid> requestOf;
    QHash<QString, QJsonObject> payloadOf;
    for (const OutboxEntry& e : sent) {
        requestOf.insert(e.opId, e.requestId);
        payloadOf.insert(e.opId, e.payload);
    }
    FeedApplier undoer(m_db);
    OutboxStore outbox(m_db);
    RequestStore requests(m_db);
    QList<std::pair<QUuid, QString>> refusals;
    Transaction tx(m_db);
    if (!tx.started()) {
        failWith(SyncStatus::State::Error, tx.startError().message);
        return false;
    }
    for (const auto& item : results) {
        const QJsonObject result = item.toObject();
        const QString opId = result.value(QLatin1String("op_id")).toString();
        const QString outcome = result.value(QLatin1String("status")).toString();
        if (!requestOf.contains(opId))
            continue;
        if (outcome == QLatin1String("rejected")
            && result.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString()
                == QLatin1String("busy"))
            continue; // the server could not store it: it stays queued for the next try
        if (requestOf.value(opId).isNull()) {
            // Not a request's operation: if it was a vote taken here, the operator sees its fate.
            const bool counted = outcome == QLatin1String("applied")
                || (outcome == QLatin1String("duplicate")
                    && result.value(QLatin1String("first_status")).toString() == QLatin1String("applied"));
            const QString message
                = result.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
            if (auto r = LocalVoteStore(m_db).settle(
                    opId, counted ? LocalVote::State::Counted : LocalVote::State::Refused, message);
                !r) {
                failWith(SyncStatus::State::Error, r.error().message);
                return false;
            }
            if (!counted) {
                // What this workstation wrote first goes back to the server's copy.
                if (auto r
                    = undoer.undo(payloadOf.value(opId), result.value(QLatin1String("current")).toObject());
                    !r) {
                    failWith(SyncStatus::State::Error, r.error().message);
                    return false;
                }
                refusals.append({QUuid(), message});
            }
        } else if (outcome == QLatin1String("rejected") || outcome == QLatin1String("conflict")) {
            // Refused for good: the reason goes on the request, where the user sees it.
            const QString message
                = result.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
            requests.setSyncError(requestOf.value(opId), message).ok();
            refusals.append({requestOf.value(opId), message});
        }
        if (auto r = outbox.remove(opId); !r) {
            failWith(SyncStatus::State::Error, r.error().message);
            return false;
        }
    }
    if (auto c = tx.commit(); !c) {
        failWith(SyncStatus::State::Error, c.error().message);
        return false;
    }
    m_changedCache = true;
    if (undoer.referenceChanged())
        emit referenceChanged();
    if (undoer.budgetChanged())
        emit budgetChanged();
    for (const auto& [id, message] : refusals)
        emit operationRefused(id, message);
    return true;
}

// Attachments go after the operations: a file is sent once the server has its request
// (its create operation answered and not refused), and leaves the queue only when the
// server has it. A file the server refuses for good puts the reason on its request.
// A budget winner's photo waits until every operation before it is sent (the server must
// know the winner's implementation is under way).
SyncEngine::UploadStep SyncEngine::stepFor(const PendingUpload& upload)
{
    const auto blob = AttachmentStore(m_db).blob(upload.sha256);
    if (!blob || !blob->has_value())
        return UploadStep::Drop;
    if (upload.owner == PendingUpload::Owner::Proposal)
        return OutboxStore(m_db).count().value_or_zero() > 0 ? UploadStep::Wait : UploadStep::Send;
    const auto found = RequestStore(m_db).find(upload.ownerId);
    const bool refused = found && found->has_value() && found->value().number.isEmpty()
        && !found->value().syncError.isEmpty();
    if (!found || !found->has_value() || refused)
        return UploadStep::Drop; // its request is gone or was refused: the file goes with it
    if (OutboxStore(m_db).hasPendingFor(upload.ownerId).value_or_zero())
        return UploadStep::Wait; // the server does not have the request yet
    return UploadStep::Send;
}

void SyncEngine::uploadNext()
{
    UploadStore uploads(m_db);
    auto pending = uploads.pending(50);
    if (!pending) {
        failWith(SyncStatus::State::Error, pending.error().message);
        return;
    }
    for (const PendingUpload& u : pending.value()) {
        const UploadStep step = stepFor(u);
        if (step == UploadStep::Drop)
            uploads.remove(u.id).ok();
        if (step != UploadStep::Send)
            continue;
        const QString owner = u.ownerId.toString(QUuid::WithoutBraces);
        QNetworkRequest r = request(u.owner == PendingUpload::Owner::Proposal
                                        ? QStringLiteral("/api/v1/budget/proposals/%1/photos").arg(owner)
                                        : QStringLiteral("/api/v1/requests/%1/attachments").arg(owner));
        QUrl url = r.url();
        url.setQuery(QUrlQuery {{QStringLiteral("name"), u.fileName}});
        r.setUrl(url);
        const auto blob = AttachmentStore(m_db).blob(u.sha256);
        r.setHeader(QNetworkRequest::ContentTypeHeader, blob->value().mimeType.toLatin1());
        QNetworkReply* reply = m_nam.post(r, blob->value().data);
        abortWhenOverdue(reply);
        connect(reply, &QNetworkReply::finished, this, [this, reply, u] { onUploaded(reply, u); });
        return;
    }
    startPull();
}

void SyncEngine::onUploaded(QNetworkReply* reply, const PendingUpload& upload)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    UploadStore uploads(m_db);
    if (status == 201 && reply->error() == QNetworkReply::NoError) {
        uploads.remove(upload.id).ok();
        uploadNext();
        return;
    }
    if (status >= 400 && status < 500 && status != 401 && status != 429) {
        const bool photo = upload.owner == PendingUpload::Owner::Proposal;
        const QString reason = (photo ? tr("The photo “%1” was not accepted: %2")
                                      : tr("The attachment “%1” was not accepted: %2"))
                                   .arg(upload.fileName, ApiError::messageOf(reply->readAll()));
        // A refused photo leaves the winner's list; a refused attachment's reason stays on its request.
        Transaction tx(m_db);
        const bool kept = tx.started()
            && (photo ? ProposalPhotoStore(m_db)
                            .unlink(upload.ownerId.toString(QUuid::WithoutBraces), upload.sha256)
                            .ok()
                      : RequestStore(m_db).setSyncError(upload.ownerId, reason).ok())
            && uploads.remove(upload.id) && tx.commit();
        if (!kept) {
            failWith(SyncStatus::State::Error, tr("The local cache refused a change: %1").arg(reason));
            return;
        }
        m_changedCache = true;
        if (photo)
            emit budgetChanged();
        emit operationRefused(photo ? QUuid() : upload.ownerId, reason);
        uploadNext();
        return;
    }
    uploads.recordAttempt(upload.id).ok();
    fail(reply, tr("sending an attachment"));
}

void SyncEngine::startPull()
{
    const quint64 generation = ++m_pullGeneration;
    const QNetworkRequest r = request(QStringLiteral("/api/v1/changes"));
    const QString cursor = SyncStateStore(m_db).value(kCursorKey).value_or_zero();
    if (!m_pullThread.isRunning())
        m_pullThread.start();
    QMetaObject::invokeMethod(m_puller, [puller = m_puller, generation, r, cursor, page = m_pullPage] {
        puller->start(generation, r, cursor, page);
    });
}

void SyncEngine::stopPull()
{
    ++m_pullGeneration; // what is still on its way is dropped when it arrives
    QMetaObject::invokeMethod(m_puller, [puller = m_puller] { puller->stop(); });
}

void SyncEngine::onPullFailed(quint64 generation, int status, const QString& errorString,
                              const QByteArray& body)
{
    if (generation != m_pullGeneration || !m_running)
        return;
    fail(status, errorString, body, tr("receiving"));
}

void SyncEngine::onPageRead(quint64 generation, const FeedPage& page)
{
    if (generation != m_pullGeneration || !m_running)
        return;
    m_readPages.append(page);
    // Written when the event loop comes round: pages read meanwhile go in the same
    // transaction, one commit for them all.
    if (m_readPages.size() == 1)
        QMetaObject::invokeMethod(this, &SyncEngine::writeReadPages, Qt::QueuedConnection);
}

void SyncEngine::writeReadPages()
{
    const QList<FeedPage> pages = std::exchange(m_readPages, {});
    if (pages.isEmpty() || !m_running)
        return;
    for (const FeedPage& page : pages) {
        if (!page.valid) {
            failWith(SyncStatus::State::Error, tr("The server sent a page of changes that cannot be read."));
            return;
        }
    }
    if (!applyPages(pages))
        return; // failWith stopped the puller
    const quint64 generation = m_pullGeneration;
    for (const FeedPage& page : pages) {
        QMetaObject::invokeMethod(m_puller, [puller = m_puller, generation] { puller->applied(generation); });
        m_status.done += int(page.changes.size());
    }
    publish();
    if (!pages.last().more)
        succeed();
}

bool SyncEngine::applyPages(const QList<FeedPage>& pages)
{
    // Relaxed: the pages and the cursor are lost together or not at all, and what is lost
    // is pulled again; waiting for the disk at every page was time the user waited too.
    Transaction tx(m_db, Transaction::Durability::Relaxed);
    if (!tx.started()) {
        failWith(SyncStatus::State::Error, tx.startError().message);
        return false;
    }
    FeedApplier applier(m_db);
    for (const FeedPage& page : pages) {
        for (const FeedChange& change : page.changes) {
            if (auto w = applier.apply(change); !w) {
                failWith(SyncStatus::State::Error, w.error().message);
                return false;
            }
        }
    }
    if (auto w = SyncStateStore(m_db).setValue(kCursorKey, pages.last().cursor); !w) {
        failWith(SyncStatus::State::Error, w.error().message);
        return false;
    }
    if (auto c = tx.commit(); !c) {
        failWith(SyncStatus::State::Error, c.error().message);
        return false;
    }
    m_changedCache = true;
    if (applier.referenceChanged())
        emit referenceChanged();
    if (applier.budgetChanged())
        emit budgetChanged();
    return true;
}

void SyncEngine::succeed()
{
    m_running = false;
    m_failures = 0;
    m_status.state = SyncStatus::State::Idle;
    m_status.offlineSince = {};
    m_status.lastSuccess = Clock::currentUtc();
    SyncStateStore(m_db).setValue(kLastSuccessKey, WireFormat::timeToString(m_status.lastSuccess)).ok();
    publish();
    emit finished(true);
    if (m_again || OutboxStore(m_db).count().value_or_zero() > 0)
        QTimer::singleShot(0, this, &SyncEngine::syncNow);
}

void SyncEngine::fail(QNetworkReply* reply, const QString& what)
{
    fail(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->errorString(),
         reply->readAll(), what);
}

void SyncEngine::fail(int status, const QString& errorString, const QByteArray& body, const QString& what)
{
    if (status == 401) {
        failWith(SyncStatus::State::Error, tr("The session has ended: log in again."));
        emit authenticationRequired();
        return;
    }
    if (status == 0 || status == 200) { // no (whole) answer: the server is down or the line was cut
        failWith(SyncStatus::State::Offline, errorString);
        return;
    }
    // The server's reason, or (an answer without one: a proxy's 502) words of the user's, as
    // every client of the API says it (ApiError).
    const Error refusal = ApiError::from(status, QJsonDocument::fromJson(body).object(), errorString);
    failWith(SyncStatus::State::Error,
             tr("The server refused %1 (%2): %3").arg(what).arg(status).arg(refusal.message));
}

void SyncEngine::failWith(SyncStatus::State state, const QString& message)
{
    m_running = false;
    m_readPages.clear();
    stopPull();
    ++m_failures;
    if (state == SyncStatus::State::Offline && !m_status.offlineSince.isValid())
        m_status.offlineSince = Clock::currentUtc();
    m_status.state = state;
    m_status.message = message;
    qCInfo(lcSync) << "sync failed:" << message;
    publish();
    emit finished(false);
    // 2 s, 4 s, 8 s … up to 5 minutes, each ±50 %, so that a hundred workstations coming
    // back after an outage do not all knock at once.
    const double base = std::min(300.0, 2.0 * double(1 << std::min(m_failures, 8)));
    const double jitter = 0.5 + QRandomGenerator::global()->generateDouble();
    m_retry.start(int(base * jitter * 1000));
}

} // namespace tyndau
