#pragma once

#include "core/Request.h"

#include <QAbstractListModel>

namespace tyndau {

// A request's history as a timeline, oldest first: when, who, what was done, the status it
// moved to, and the comment (a reason for a return, an extension, …).
class HistoryModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        ActionRole = Qt::UserRole + 1, // int(Action)
        CommentRole,
    };

    explicit HistoryModel(QObject* parent = nullptr);

    void setHistory(const QList<HistoryEntry>& history);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<HistoryEntry> m_history;
};

} // namespace tyndau
