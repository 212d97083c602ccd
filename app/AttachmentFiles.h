#pragma once

#include "core/AttachmentRef.h"

#include <QHash>
#include <QObject>
#include <QTemporaryDir>

namespace tyndau {

class BlobFetcher;
class Database;
struct Blob;

// A request's attachment opened from its card. The bytes come from the cache, or from the
// server when another workstation attached them (the inspector reviewing an executor's
// scanned answer); they are written to a file of this session's, named as the file was, for
// the desktop's viewer to open. The files go when the workstation closes.
class AttachmentFiles : public QObject
{
    Q_OBJECT

public:
    // Without a fetcher only what the cache holds can be opened.
    AttachmentFiles(Database& cache, BlobFetcher* fetcher, QObject* parent = nullptr);

    void open(const AttachmentRef& attachment); // then ready, or fetching and later either

    // The name the file gets: the original's, without anything a file system or a viewer
    // could misread, and the extension of what the bytes are (never the one it was sent with).
    static QString safeFileName(const AttachmentRef& attachment);

signals:
    void fetching(const QString& fileName);
    void ready(const QString& path);
    void failed(const QString& fileName, const QString& message);

private:
    void write(const AttachmentRef& attachment, const Blob& blob);
    void onFetched(const QString& sha256);
    void onFailed(const QString& sha256, const QString& message);

    Database& m_db;
    BlobFetcher* m_fetcher = nullptr;
    QTemporaryDir m_dir;
    QHash<QString, AttachmentRef> m_waiting; // by sha256: asked for, not yet fetched
};

} // namespace tyndau
