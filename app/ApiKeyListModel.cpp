#include "ApiKeyListModel.h"

#include "core/AlmatyTime.h"

#include <QLocale>

namespace tyndau {

ApiKeyListModel::ApiKeyListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ApiKeyListModel::setKeys(const QList<ApiKeyInfo>& keys)
{
    beginResetModel();
    m_keys = keys;
    endResetModel();
}

const ApiKeyInfo* ApiKeyListModel::keyAt(int row) const
{
    return row >= 0 && row < m_keys.size() ? &m_keys.at(row) : nullptr;
}

int ApiKeyListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int ApiKeyListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApiKeyListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApiKeyInfo& k = m_keys.at(index.row());
    if (role == IdRole)
        return k.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case LabelColumn:
        return k.label;
    case ChannelColumn:
        return displayName(k.channel);
    case CreatedColumn:
        return QLocale().toString(AlmatyTime::toLocal(k.createdAt), QLocale::ShortFormat);
    case StateColumn:
        return k.revoked ? tr("Revoked") : tr("Active");
    }
    return {};
}

QVariant ApiKeyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn:
        return tr("Name");
    case ChannelColumn:
        return tr("Channel");
    case CreatedColumn:
        return tr("Created");
    case StateColumn:
        return tr("State");
    }
    return {};
}

} // namespace tyndau
