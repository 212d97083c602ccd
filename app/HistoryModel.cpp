#include "HistoryModel.h"

#include "core/AlmatyTime.h"

#include <QLocale>

namespace tyndau {

HistoryModel::HistoryModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void HistoryModel::setHistory(const QList<HistoryEntry>& history)
{
    beginResetModel();
    m_history = history;
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_history.size());
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry& h = m_history.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString when = QLocale().toString(AlmatyTime::toLocal(h.at), QLocale::ShortFormat);
        QString line = tr("%1 — %2: %3 → %4").arg(when, h.actor, displayName(h.action), displayName(h.to));
        if (!h.comment.isEmpty())
            line += QLatin1Char('\n') + h.comment;
        return line;
    }
    case ActionRole:
        return int(h.action);
    case CommentRole:
        return h.comment;
    }
    return {};
}

} // namespace tyndau
