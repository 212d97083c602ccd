#pragma once

#include "db/AuditStore.h"

#include <QAbstractTableModel>

namespace tyndau {

// The audit log as the administrator reads it, newest first: when, who, what was done (in
// words), to what, and the change itself. Pages are appended as the admin asks for older ones.
class AuditListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn,
        ActorColumn,
        ActionColumn,
        SubjectColumn,
        DetailColumn,
        ColumnCount
    };

    explicit AuditListModel(QObject* parent = nullptr);

    // A page from the server: the first (beforeId 0) replaces the list, older ones extend it.
    void addPage(const QList<AuditEntry>& entries, qint64 beforeId);
    qint64 oldestId() const; // 0 when empty
    static QString describe(const QString& action); // "user.create" → "Account created"

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
};

} // namespace tyndau
