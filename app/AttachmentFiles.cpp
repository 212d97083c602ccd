#include "AttachmentFiles.h"

#include "BlobFetcher.h"
#include "core/AttachmentType.h"
#include "db/AttachmentStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace tyndau {

AttachmentFiles::AttachmentFiles(Database& cache, BlobFetcher* fetcher, QObject* parent)
    : QObject(parent)
    , m_db(cache)
    , m_fetcher(fetcher)
{
    if (m_fetcher) {
        connect(m_fetcher, &BlobFetcher::fetched, this, &AttachmentFiles::onFetched);
        connect(m_fetcher, &BlobFetcher::failed, this, &AttachmentFiles::onFailed);
    }
}

QString AttachmentFiles::safeFileName(const AttachmentRef& attachment)
{
    QString base;
    for (QChar c : QFileInfo(attachment.fileName).completeBaseName()) {
        // Right-to-left overrides and zero-width marks: they disguise a name.
        if (c.category() == QChar::Other_Format)
            continue;
        base.append(c.category() == QChar::Other_Control || QStringLiteral("/\\:*?\"<>|").contains(c)
                        ? QLatin1Char('_')
                        : c);
    }
    base.truncate(100);
    if (!base.isEmpty() && base.back().isHighSurrogate()) // not half a letter
        base.chop(1);
    if (base.isEmpty() || base.startsWith(QLatin1Char('.')))
        base.prepend(QStringLiteral("attachment"));
    return base + QLatin1Char('.') + AttachmentType::extension(attachment.mimeType);
}

void AttachmentFiles::open(const AttachmentRef& attachment)
{
    auto held = AttachmentStore(m_db).blob(attachment.sha256);
    if (!held)
        return emit failed(attachment.fileName, held.error().message);
    if (held.value())
        return write(attachment, *held.value());
    if (!m_fetcher)
        return emit failed(attachment.fileName, tr("the file is not on this workstation."));
    m_waiting.insert(attachment.sha256, attachment);
    emit fetching(attachment.fileName);
    m_fetcher->fetch(attachment.sha256);
}

void AttachmentFiles::write(const AttachmentRef& attachment, const Blob& blob)
{
    if (!m_dir.isValid())
        return emit failed(attachment.fileName,
                           tr("it could not be written to %1: %2").arg(m_dir.path(), m_dir.errorString()));
    // A folder per file: two attachments of the same name stay apart. The hash names it; the
    // cache found the bytes by it, so it is one, but it is a path now: checked again.
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(attachment.sha256).hasMatch())
        return emit failed(attachment.fileName, tr("the file is not on this workstation."));
    const QString folder = m_dir.filePath(attachment.sha256.left(16));
    // Named by what the stored bytes were found to be when they were kept.
    AttachmentRef named = attachment;
    if (!blob.mimeType.isEmpty())
        named.mimeType = blob.mimeType;
    const QString path = QDir(folder).filePath(safeFileName(named));
    QFile file(path);
    if (!QDir().mkpath(folder) || !file.open(QIODevice::WriteOnly)
        || file.write(blob.data) != blob.data.size() || !file.flush())
        return emit failed(attachment.fileName,
                           tr("it could not be written to %1: %2").arg(path, file.errorString()));
    file.close();
    emit ready(path);
}

// The fetcher has checked the bytes against the hash and put them in the cache.
void AttachmentFiles::onFetched(const QString& sha256)
{
    if (!m_waiting.contains(sha256))
        return; // a budget photo, or asked for by another
    const AttachmentRef attachment = m_waiting.take(sha256);
    auto held = AttachmentStore(m_db).blob(sha256);
    if (!held || !held.value())
        return emit failed(attachment.fileName,
                           held ? tr("the file is not on this workstation.") : held.error().message);
    write(attachment, *held.value());
}

void AttachmentFiles::onFailed(const QString& sha256, const QString& message)
{
    if (m_waiting.contains(sha256))
        emit failed(m_waiting.take(sha256).fileName, message);
}

} // namespace tyndau
