#include "LocalRequests.h"

#include "core/AttachmentType.h"
#include "core/Clock.h"
#include "core/RequestValidator.h"
#include "core/TimeOrderedUuid.h"
#include "core/WireFormat.h"
#include "db/AttachmentStore.h"
#include "db/Database.h"
#include "db/OutboxStore.h"
#include "db/RequestStore.h"
#include "db/SyncStateStore.h"
#include "db/UploadStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

namespace tyndau {

LocalRequests::LocalRequests(Database& cache, const DeadlinePolicy& policy)
    : m_db(cache)
    , m_policy(policy)
{
}

QString LocalRequests::workstationId()
{
    SyncStateStore state(m_db);
    QString id = state.value(QStringLiteral("workstation_id")).value_or_zero();
    if (id.isEmpty()) {
        id = QString::number(QRandomGenerator::system()->bounded(0x10000), 16)
                 .rightJustified(4, QLatin1Char('0'))
                 .toUpper();
        state.setValue(QStringLiteral("workstation_id"), id).ok();
    }
    return id;
}

Result<QString> LocalRequests::nextProvisionalNumber()
{
    SyncStateStore state(m_db);
    auto last = state.value(QStringLiteral("provisional_counter"));
    if (!last)
        return last.error();
    const qint64 next = last->toLongLong() + 1;
    if (auto r = state.setValue(QStringLiteral("provisional_counter"), QString::number(next)); !r)
        return r.error();
    // "П" for "предварительный": a number people can read out before the official one.
    return QStringLiteral("П-%1-%2").arg(workstationId()).arg(next, 4, 10, QLatin1Char('0'));
}

Result<LocalFile> LocalRequests::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("unreadable"),
                      QCoreApplication::translate("LocalRequests", "“%1” cannot be read: %2")
                          .arg(QFileInfo(path).fileName(), file.errorString()),
                      QStringLiteral("attachments")};
    // One byte past the limit is enough for checkFile to say the file is too large.
    return LocalFile {QFileInfo(path).fileName(), file.read(AttachmentType::kMaxSize + 1)};
}

Result<void> LocalRequests::checkFile(const LocalFile& file)
{
    if (file.data.size() > AttachmentType::kMaxSize)
        return Error {QStringLiteral("too_large"),
                      QCoreApplication::translate("LocalRequests", "“%1” is larger than %2 MiB.")
                          .arg(file.fileName)
                          .arg(AttachmentType::kMaxSize >> 20),
                      QStringLiteral("attachments")};
    if (AttachmentType::sniff(file.data).isEmpty())
        return Error {QStringLiteral("unsupported_media_type"),
                      QCoreApplication::translate("LocalRequests",
                                                  "“%1” is neither a photo (JPEG, PNG, WebP) nor a PDF.")
                          .arg(file.fileName),
                      QStringLiteral("attachments")};
    return {};
}

Result<Request> LocalRequests::registerNew(const Request& draft, const Actor& actor, Action initial,
                                           const ActionInput& input, const QString& assignTo,
                                           const QList<LocalFile>& files)
{
    for (const LocalFile& f : files)
        if (auto ok = checkFile(f); !ok)
            return ok.error();
    Request r = RequestValidator::normalized(draft);
    if (r.id.isNull())
        r.id = TimeOrderedUuid::create();
    r.status = Status::Draft;
    r.createdAt = Clock::currentUtc();
    r.createdBy = actor.login;
    if (const QList<Error> problems = RequestValidator::validate(r); !problems.isEmpty())
        return problems.first();
    if (auto allowed = Workflow::check(r, initial, actor, input); !allowed)
        return allowed.error();

    QJsonObject op {{QStringLiteral("op_id"), TimeOrderedUuid::createText()},
                    {QStringLiteral("type"), QStringLiteral("create_request")},
                    {QStringLiteral("action"), toCode(initial)},
                    {QStringLiteral("input"), WireFormat::toJson(input)}};
    if (!assignTo.isEmpty())
        op.insert(QStringLiteral("assign"), assignTo);

    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    auto number = nextProvisionalNumber();
    if (!number)
        return number.error();
    r.provisionalNumber = number.value();
    op.insert(QStringLiteral("request"), WireFormat::toJson(r));
    auto kept = keepFiles(r.id, files);
    if (!kept)
        return kept.error();
    r.attachments = kept.value();
    if (auto w = RequestStore(m_db).insert(r); !w)
        return w.error();
    if (auto w = OutboxStore(m_db).enqueue(op, r.id); !w)
        return w.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return r;
}

Result<QList<AttachmentRef>> LocalRequests::keepFiles(const QUuid& requestId, const QList<LocalFile>& files)
{
    QList<AttachmentRef> out;
    for (const LocalFile& f : files) {
        if (auto ok = checkFile(f); !ok)
            return ok.error();
        auto ref = keepFile(m_db, requestId, f);
        if (!ref)
            return ref.error();
        out.append(ref.value());
    }
    return out;
}

Result<AttachmentRef> LocalRequests::keepFile(Database& db, const QUuid& ownerId, const LocalFile& file,
                                              PendingUpload::Owner owner)
{
    const AttachmentRef ref {
        QString::fromLatin1(QCryptographicHash::hash(file.data, QCryptographicHash::Sha256).toHex()),
        QFileInfo(file.fileName).fileName().left(200), AttachmentType::sniff(file.data), file.data.size()};
    if (auto w = AttachmentStore(db).put(ref.sha256, ref.mimeType, file.data); !w)
        return w.error();
    if (auto w = UploadStore(db).enqueue(ownerId, ref.fileName, ref.sha256, owner); !w)
        return w.error();
    return ref;
}

Result<void> LocalRequests::act(const QUuid& requestId, Action action, const Actor& actor,
                                const ActionInput& input, const QList<LocalFile>& files)
{
    RequestStore store(m_db);
    auto found = store.find(requestId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error {QStringLiteral("not_found"),
                      QCoreApplication::translate("LocalRequests", "No such request."),
                      {}};
    if (auto allowed = Workflow::check(*found.value(), action, actor, input); !allowed)
        return allowed;
    const QJsonObject op {{QStringLiteral("op_id"), TimeOrderedUuid::createText()},
                          {QStringLiteral("type"), QStringLiteral("action")},
                          {QStringLiteral("request_id"), requestId.toString(QUuid::WithoutBraces)},
                          {QStringLiteral("action"), toCode(action)},
                          {QStringLiteral("input"), WireFormat::toJson(input)},
                          {QStringLiteral("base_version"), found.value()->version}};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    if (auto w = OutboxStore(m_db).enqueue(op, requestId); !w)
        return w;
    if (auto w = store.setSyncError(requestId, {}); !w) // a new attempt: the old refusal is history
        return w;
    auto kept = keepFiles(requestId, files);
    if (!kept)
        return kept.error();
    for (const AttachmentRef& ref : kept.value()) {
        if (auto w = AttachmentStore(m_db).link(requestId, ref); !w) // shown on the card at once
            return w;
    }
    return tx.commit();
}

} // namespace tyndau
