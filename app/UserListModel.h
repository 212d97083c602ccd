#pragma once

#include "core/ReferenceData.h"
#include "core/User.h"

#include <QAbstractTableModel>

namespace tyndau {

// The user accounts as the administrator sees them: login, name, role, organization and
// whether the account is active. Never a password: the server keeps only its hash.
class UserListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LoginColumn,
        NameColumn,
        RoleColumn,
        OrganizationColumn,
        StateColumn,
        ColumnCount
    };

    UserListModel(const ReferenceData& reference, QObject* parent = nullptr);

    void setUsers(const QList<User>& users);
    const User* userAt(int row) const;
    int rowOf(const QString& login) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const ReferenceData& m_reference;
    QList<User> m_users;
};

} // namespace tyndau
