#include "UserListModel.h"

#include "UiLanguage.h"

#include <QBrush>

namespace tyndau {

UserListModel::UserListModel(const ReferenceData& reference, QObject* parent)
    : QAbstractTableModel(parent)
    , m_reference(reference)
{
}

void UserListModel::setUsers(const QList<User>& users)
{
    beginResetModel();
    m_users = users;
    endResetModel();
}

const User* UserListModel::userAt(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

int UserListModel::rowOf(const QString& login) const
{
    for (int i = 0; i < m_users.size(); ++i) {
        if (m_users.at(i).login == login)
            return i;
    }
    return -1;
}

int UserListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User& u = m_users.at(index.row());
    if (role == Qt::ForegroundRole && !u.active)
        return QBrush(Qt::gray); // a deactivated account stays listed, greyed
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case LoginColumn:
        return u.login;
    case NameColumn:
        return u.displayName;
    case RoleColumn:
        return displayName(u.role);
    case OrganizationColumn: {
        const Organization* org = m_reference.organization(u.orgCode);
        return org ? org->name.in(UiLanguage::current()) : u.orgCode;
    }
    case StateColumn:
        return u.active ? tr("Active") : tr("Deactivated");
    }
    return {};
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LoginColumn:
        return tr("Login");
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case OrganizationColumn:
        return tr("Organization");
    case StateColumn:
        return tr("State");
    }
    return {};
}

} // namespace tyndau
