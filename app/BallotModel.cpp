#include "BallotModel.h"

#include "BudgetReport.h"

namespace tyndau {

BallotModel::BallotModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void BallotModel::setBallot(const QList<BudgetProposal>& proposals, const QStringList& keep)
{
    beginResetModel();
    m_proposals = proposals;
    m_ticked.clear();
    for (const BudgetProposal& p : proposals)
        m_ticked.append(keep.contains(p.id));
    endResetModel();
    emit choicesChanged();
}

QStringList BallotModel::chosen() const
{
    QStringList ids;
    for (int row = 0; row < m_proposals.size(); ++row) {
        if (m_ticked.at(row))
            ids.append(m_proposals.at(row).id);
    }
    return ids;
}

bool BallotModel::setChosen(const QString& proposalId, bool chosen)
{
    for (int row = 0; row < m_proposals.size(); ++row) {
        if (m_proposals.at(row).id == proposalId)
            return setData(index(row), chosen ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
    }
    return false;
}

void BallotModel::clearChoices()
{
    m_ticked.fill(false);
    if (!m_proposals.isEmpty())
        emit dataChanged(index(0), index(int(m_proposals.size()) - 1), {Qt::CheckStateRole});
    emit choicesChanged();
}

int BallotModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_proposals.size());
}

QVariant BallotModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_proposals.size())
        return {};
    const BudgetProposal& p = m_proposals.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 — %2").arg(p.title, BudgetReport::tenge(p.cost()));
    case Qt::ToolTipRole:
        return p.description;
    case Qt::CheckStateRole:
        return m_ticked.at(index.row()) ? Qt::Checked : Qt::Unchecked;
    case IdRole:
        return p.id;
    default:
        return {};
    }
}

Qt::ItemFlags BallotModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

bool BallotModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || index.row() >= m_proposals.size())
        return false;
    const bool tick = value.toInt() == Qt::Checked;
    if (tick == m_ticked.at(index.row()))
        return true;
    if (tick && chosen().size() >= m_max) {
        emit tooMany();
        return false;
    }
    m_ticked[index.row()] = tick;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit choicesChanged();
    return true;
}

} // namespace tyndau
