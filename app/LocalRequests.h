#pragma once

#include "core/DeadlinePolicy.h"
#include "core/Request.h"
#include "core/Result.h"
#include "core/Workflow.h"
#include "db/UploadStore.h"

#include <QJsonObject>

namespace tyndau {

class Database;

// A file the operator attaches to a new request: its name and its bytes.
struct LocalFile
{
    QString fileName;
    QByteArray data;
};

// Everything a workstation does to a request is written locally first: the request (or
// nothing, for an action) and its outbox entry in one SQLite transaction, so a request
// typed in is never lost, online or not. A new request gets its UUID and a provisional
// number at once; the official number comes with the next sync. Actions are not applied
// locally: they wait in the outbox and the server's answer comes back through the feed.
class LocalRequests
{
public:
    LocalRequests(Database& cache, const DeadlinePolicy& policy);

    // Validates (the same rules as the server), saves, and queues the create operation.
    // `initial`: Register, Consult, LinkToIncident or MarkDuplicate; `assignTo`: the
    // executor chosen at registration, if any; `files`: photos and PDFs, kept with the
    // request and sent once the server has it (UploadStore).
    Result<Request> registerNew(const Request& draft, const Actor& actor, Action initial = Action::Register,
                                const ActionInput& input = {}, const QString& assignTo = {},
                                const QList<LocalFile>& files = {});
    // Whether the file may be attached (type by content, size): the error names "attachments".
    static Result<void> checkFile(const LocalFile& file);
    // The file at `path`, read for attaching (checkFile says whether it may be).
    static Result<LocalFile> readFile(const QString& path);
    // Keeps a checked file's bytes in the cache (by SHA-256) and queues it to be sent for its
    // owner: a request's attachment, or a budget winner's photo. Returns how it is named.
    static Result<AttachmentRef> keepFile(Database& db, const QUuid& ownerId, const LocalFile& file,
                                          PendingUpload::Owner owner = PendingUpload::Owner::Request);
    // Checks the action against the workflow, then queues it; `files` (an executor's answer
    // with photos or documents) are kept and sent after the action, like a registration's.
    Result<void> act(const QUuid& requestId, Action action, const Actor& actor, const ActionInput& input,
                     const QList<LocalFile>& files = {});

    QString workstationId(); // made once per cache: part of provisional numbers

private:
    Result<QString> nextProvisionalNumber();
    // Keeps the files in the cache and queues them for upload; in the caller's transaction.
    Result<QList<AttachmentRef>> keepFiles(const QUuid& requestId, const QList<LocalFile>& files);

    Database& m_db;
    const DeadlinePolicy& m_policy;
};

} // namespace tyndau
