#pragma once

#include "core/AttachmentRef.h"
#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace tyndau {

class Database;

// Photos of a participation-budget winner's implementation: which proposal names which
// stored bytes (the bytes themselves are in blobs, by SHA-256; see AttachmentStore).
// Writes open no transaction of their own.
class ProposalPhotoStore
{
public:
    explicit ProposalPhotoStore(Database& db);

    // Adds a photo to a proposal; a photo it has already is left as it is.
    Result<void> link(const QString& proposalId, const AttachmentRef& photo, const QString& addedBy);
    Result<void> unlink(const QString& proposalId, const QString& sha256);
    // The photos of many proposals at once (a page of the feed), oldest first; a proposal
    // without photos is left out.
    Result<QHash<QString, QList<AttachmentRef>>> photosOf(const QStringList& proposalIds);
    // Whether any proposal shows these bytes: who may see proposals may see their photos.
    Result<bool> isPhoto(const QString& sha256);
    // A workstation: the server's list, whole, over ours. A photo taken here and still
    // waiting to be sent stays.
    Result<void> replaceFor(const QString& proposalId, const QList<AttachmentRef>& photos);

private:
    Database& m_db;
};

} // namespace tyndau
