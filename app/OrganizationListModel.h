#pragma once

#include "core/ReferenceData.h"

#include <QAbstractTableModel>

namespace tyndau {

// The organizations that execute requests, as the administrator edits them: name, kind,
// phone, and how many categories and which districts they serve. Read from the cache's
// reference data; refresh() after a change or a sync.
class OrganizationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        CodeColumn,
        KindColumn,
        PhoneColumn,
        ServesColumn,
        ColumnCount
    };

    explicit OrganizationListModel(const ReferenceData& reference, QObject* parent = nullptr);

    void refresh();
    const Organization* organizationAt(int row) const;
    int rowOf(const QString& code) const; // -1 when absent
    static QString kindName(const QString& kind); // "utility" → "Utility", translated

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const ReferenceData& m_reference;
    QList<Organization> m_organizations; // a copy: the reference is replaced in place on reload
};

} // namespace tyndau
