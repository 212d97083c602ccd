#pragma once

#include "core/AttachmentRef.h"

#include <QAbstractListModel>
#include <QHash>
#include <QIcon>
#include <QSet>

namespace tyndau {

class BlobFetcher;
class Database;

// The photos of a budget winner's implementation, as thumbnails. A photo this cache does not
// hold yet (taken at another workstation) is fetched from the server when first shown, if a
// fetcher is set; until then, and if it cannot be had, its row says so.
class ProposalPhotoModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles
    {
        Sha256Role = Qt::UserRole,
        BytesRole, // the photo's file, a QByteArray; empty while it is not here
    };

    explicit ProposalPhotoModel(Database& cache, QObject* parent = nullptr);

    void setFetcher(BlobFetcher* fetcher);
    void setPhotos(const QList<AttachmentRef>& photos);
    const QList<AttachmentRef>& photos() const { return m_photos; }
    static constexpr int kThumbnail = 120; // pixels, the longer side

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    QVariant thumbnail(const AttachmentRef& photo) const;
    void onFetched(const QString& sha256);
    void onFailed(const QString& sha256, const QString& message);
    void changedRow(const QString& sha256);

    Database& m_db;
    BlobFetcher* m_fetcher = nullptr;
    QList<AttachmentRef> m_photos;
    mutable QHash<QString, QIcon> m_thumbnails;
    mutable QHash<QString, QString> m_problems; // a photo that could not be had, and why
    mutable QSet<QString> m_asked;
};

} // namespace tyndau
