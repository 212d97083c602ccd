#include "OrganizationListModel.h"

#include "UiLanguage.h"

namespace tyndau {

OrganizationListModel::OrganizationListModel(const ReferenceData& reference, QObject* parent)
    : QAbstractTableModel(parent)
    , m_reference(reference)
{
    refresh();
}

void OrganizationListModel::refresh()
{
    beginResetModel();
    m_organizations = m_reference.organizations();
    endResetModel();
}

const Organization* OrganizationListModel::organizationAt(int row) const
{
    return row >= 0 && row < m_organizations.size() ? &m_organizations.at(row) : nullptr;
}

int OrganizationListModel::rowOf(const QString& code) const
{
    for (int i = 0; i < m_organizations.size(); ++i) {
        if (m_organizations.at(i).code == code)
            return i;
    }
    return -1;
}

QString OrganizationListModel::kindName(const QString& kind)
{
    if (kind == QLatin1String("akimat"))
        return tr("Akimat");
    if (kind == QLatin1String("department"))
        return tr("City department");
    if (kind == QLatin1String("utility"))
        return tr("Utility");
    if (kind == QLatin1String("service"))
        return tr("Service");
    return kind;
}

int OrganizationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_organizations.size());
}

int OrganizationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganizationListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::DisplayRole)
        return {};
    const Organization& o = m_organizations.at(index.row());
    const QString lang = UiLanguage::current();
    switch (index.column()) {
    case NameColumn:
        return o.name.in(lang);
    case CodeColumn:
        return o.code;
    case KindColumn:
        return kindName(o.kind);
    case PhoneColumn:
        return o.phone;
    case ServesColumn: {
        QStringList districts;
        for (const QString& d : o.districts) {
            const District* district = m_reference.district(d);
            districts.append(d == QLatin1String("*") ? tr("the whole city")
                                 : district          ? district->name.in(lang)
                                                     : d);
        }
        return tr("%n categories", nullptr, int(o.categories.size())) + QStringLiteral(" · ")
            + districts.join(QStringLiteral(", "));
    }
    }
    return {};
}

QVariant OrganizationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Organization");
    case CodeColumn:
        return tr("Code");
    case KindColumn:
        return tr("Kind");
    case PhoneColumn:
        return tr("Phone");
    case ServesColumn:
        return tr("Serves");
    }
    return {};
}

} // namespace tyndau
