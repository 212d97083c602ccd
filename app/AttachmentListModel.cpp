#include "AttachmentListModel.h"

#include "AttachmentFiles.h"

#include <QLocale>

namespace tyndau {

void AttachmentListModel::setAttachments(const QList<AttachmentRef>& attachments)
{
    beginResetModel();
    m_attachments = attachments;
    endResetModel();
}

int AttachmentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_attachments.size());
}

QVariant AttachmentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AttachmentRef& a = m_attachments.at(index.row());
    switch (role) {
    case Qt::DisplayRole: // named as it will open: by what the bytes are
        return tr("%1 (%2 KB)")
            .arg(AttachmentFiles::safeFileName(a), QLocale().toString((a.size + 1023) / 1024));
    case Qt::ToolTipRole:
        if (AttachmentFiles::safeFileName(a) != a.fileName)
            return tr("Sent as “%1”. Double-click or press Enter to open it.").arg(a.fileName);
        return tr("Double-click or press Enter to open it.");
    }
    return {};
}

} // namespace tyndau
