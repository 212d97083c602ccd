#pragma once

#include "core/AttachmentRef.h"

#include <QAbstractListModel>

namespace tyndau {

// A request's attachments as the card lists them: each file by the name it opens under
// (AttachmentFiles::safeFileName) and its size.
class AttachmentListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    using QAbstractListModel::QAbstractListModel;

    void setAttachments(const QList<AttachmentRef>& attachments);
    const AttachmentRef& attachment(int row) const { return m_attachments.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    QList<AttachmentRef> m_attachments;
};

} // namespace tyndau
