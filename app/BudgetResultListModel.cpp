#include "BudgetResultListModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace tyndau {

BudgetResultListModel::BudgetResultListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void BudgetResultListModel::setDistricts(const QList<BudgetReportDistrict>& districts)
{
    beginResetModel();
    m_rows.clear();
    for (const BudgetReportDistrict& d : districts) {
        for (const BudgetResultRow& r : d.rows)
            m_rows.append(Row {d.code, d.name, r});
    }
    endResetModel();
}

const BudgetResultRow* BudgetResultListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).result : nullptr;
}

QString BudgetResultListModel::districtCodeAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).districtCode : QString();
}

int BudgetResultListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BudgetResultListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BudgetResultListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const BudgetResultRow& r = row.result;
    switch (role) {
    case Qt::BackgroundRole:
        // The same green as the report's chart, lightened for text on it.
        return r.funded ? QVariant(QBrush(QColor(0xdf, 0xf2, 0xdf))) : QVariant();
    case Qt::FontRole:
        if (r.funded && index.column() == FundedColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == RankColumn || index.column() == VotesColumn || index.column() == CostColumn
            || index.column() == SpentColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        return index.column() == ProposalColumn ? QVariant(r.title) : QVariant();
    case Qt::EditRole:
        switch (index.column()) {
        case DistrictColumn:
            return row.districtCode;
        case RankColumn:
            return r.rank;
        case ProposalColumn:
            return r.title;
        case VotesColumn:
            return r.votes;
        case CostColumn:
            return r.cost;
        case FundedColumn:
            return r.funded;
        case SpentColumn:
            return r.spent;
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case DistrictColumn:
            return row.districtName;
        case RankColumn:
            return r.rank;
        case ProposalColumn:
            return r.title;
        case VotesColumn:
            return QLocale().toString(r.votes);
        case CostColumn:
            return BudgetReport::tenge(r.cost);
        case FundedColumn:
            return r.funded ? tr("funded") : tr("not funded");
        case SpentColumn:
            return BudgetReport::tenge(r.spent);
        }
        return {};
    }
    return {};
}

QVariant BudgetResultListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DistrictColumn:
        return tr("District");
    case RankColumn:
        return tr("Rank");
    case ProposalColumn:
        return tr("Proposal");
    case VotesColumn:
        return tr("Votes");
    case CostColumn:
        return tr("Cost");
    case FundedColumn:
        return tr("Funding");
    case SpentColumn:
        return tr("Spent so far");
    }
    return {};
}

} // namespace tyndau
