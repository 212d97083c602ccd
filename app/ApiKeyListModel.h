#pragma once

#include "db/ApiKeyStore.h"

#include <QAbstractTableModel>

namespace tyndau {

// The Open311 API keys as the administrator sees them: name, channel, when made, and
// whether revoked. Never the key itself: the server keeps only its hash.
class ApiKeyListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LabelColumn,
        ChannelColumn,
        CreatedColumn,
        StateColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ApiKeyListModel(QObject* parent = nullptr);

    void setKeys(const QList<ApiKeyInfo>& keys);
    const ApiKeyInfo* keyAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ApiKeyInfo> m_keys;
};

} // namespace tyndau
