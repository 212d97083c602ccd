#include "ProposalPhotoModel.h"

#include "BlobFetcher.h"
#include "db/AttachmentStore.h"

#include <QImage>
#include <QLocale>
#include <QPixmap>

namespace tyndau {

ProposalPhotoModel::ProposalPhotoModel(Database& cache, QObject* parent)
    : QAbstractListModel(parent)
    , m_db(cache)
{
}

void ProposalPhotoModel::setFetcher(BlobFetcher* fetcher)
{
    if (m_fetcher)
        disconnect(m_fetcher, nullptr, this, nullptr);
    m_fetcher = fetcher;
    if (!fetcher)
        return;
    connect(fetcher, &BlobFetcher::fetched, this, &ProposalPhotoModel::onFetched);
    connect(fetcher, &BlobFetcher::failed, this, &ProposalPhotoModel::onFailed);
}

void ProposalPhotoModel::setPhotos(const QList<AttachmentRef>& photos)
{
    // A photo that could not be had is asked for again when the list is shown again.
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it)
        m_asked.remove(it.key());
    if (photos == m_photos)
        return;
    beginResetModel();
    m_photos = photos;
    endResetModel();
}

int ProposalPhotoModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_photos.size());
}

QVariant ProposalPhotoModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_photos.size())
        return {};
    const AttachmentRef& photo = m_photos.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return photo.fileName;
    case Qt::DecorationRole:
        return thumbnail(photo);
    case Qt::ToolTipRole: {
        const QString size = tr("%1 KB").arg(QLocale().toString((photo.size + 1023) / 1024));
        const QString problem = m_problems.value(photo.sha256);
        return problem.isEmpty() ? tr("%1, %2").arg(photo.fileName, size)
                                 : tr("%1: not here yet (%2)").arg(photo.fileName, problem);
    }
    case Sha256Role:
        return photo.sha256;
    case BytesRole: {
        auto blob = AttachmentStore(m_db).blob(photo.sha256);
        return blob && blob.value() ? blob.value()->data : QByteArray();
    }
    default:
        return {};
    }
}

// Made once per photo and kept: a list repaints often, and decoding a camera's photo is slow.
QVariant ProposalPhotoModel::thumbnail(const AttachmentRef& photo) const
{
    if (const auto it = m_thumbnails.constFind(photo.sha256); it != m_thumbnails.cend())
        return *it;
    auto blob = AttachmentStore(m_db).blob(photo.sha256);
    if (!blob || !blob.value()) {
        if (m_fetcher && !m_asked.contains(photo.sha256)) {
            m_asked.insert(photo.sha256);
            m_fetcher->fetch(photo.sha256);
        }
        return {};
    }
    const QImage image = QImage::fromData(blob.value()->data);
    if (image.isNull())
        return {};
    const QIcon icon(QPixmap::fromImage(
        image.scaled(kThumbnail, kThumbnail, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_thumbnails.insert(photo.sha256, icon);
    return icon;
}

void ProposalPhotoModel::onFetched(const QString& sha256)
{
    m_problems.remove(sha256);
    changedRow(sha256);
}

void ProposalPhotoModel::onFailed(const QString& sha256, const QString& message)
{
    m_problems.insert(sha256, message);
    changedRow(sha256);
}

void ProposalPhotoModel::changedRow(const QString& sha256)
{
    for (int row = 0; row < m_photos.size(); ++row) {
        if (m_photos.at(row).sha256 == sha256)
            emit dataChanged(index(row), index(row));
    }
}

} // namespace tyndau
