#pragma once

#include "BudgetReport.h"

#include <QAbstractTableModel>

namespace tyndau {

// A season's results as a table, one district or several after one another, each in its
// ranking order: the district, the rank, the proposal, its votes, its cost, whether the
// budget funds it, and the district's spending so far. Funded rows are highlighted. Display
// text is formatted (tenge with separators); Qt::EditRole gives the plain numbers.
class BudgetResultListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DistrictColumn,
        RankColumn,
        ProposalColumn,
        VotesColumn,
        CostColumn,
        FundedColumn,
        SpentColumn,
        ColumnCount
    };

    explicit BudgetResultListModel(QObject* parent = nullptr);

    void setDistricts(const QList<BudgetReportDistrict>& districts);
    const BudgetResultRow* rowAt(int row) const;
    QString districtCodeAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString districtCode;
        QString districtName;
        BudgetResultRow result;
    };
    QList<Row> m_rows;
};

} // namespace tyndau
