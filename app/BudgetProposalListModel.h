#pragma once

#include "core/BudgetProposal.h"
#include "core/ReferenceData.h"

#include <QAbstractTableModel>
#include <QSet>

namespace tyndau {

// A season's proposals as the front office, the experts and the admin work through them:
// title, district, cost, the experts' verdict, votes and, for the winners, how far their
// implementation has come. Funded rows are marked once the ranking funds them.
class BudgetProposalListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        DistrictColumn,
        CostColumn,
        AssessmentColumn,
        VotesColumn,
        ImplementationColumn,
        ColumnCount
    };

    explicit BudgetProposalListModel(const ReferenceData& reference, QObject* parent = nullptr);

    // `funded`: ids the current ranking funds (BudgetResults), shown in bold.
    void setProposals(const QList<BudgetProposalRecord>& records, const QSet<QString>& funded);
    const BudgetProposalRecord* recordAt(int row) const;
    bool isFunded(int row) const; // among its district's winners as the votes stand
    int rowOf(const QString& id) const; // -1 when absent
    static QString assessmentText(const BudgetProposal& p);
    static QString implementationName(const QString& status); // "in_progress" → "In progress"
    static QStringList implementationStatuses();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const ReferenceData& m_reference;
    QList<BudgetProposalRecord> m_records;
    QSet<QString> m_funded;
};

} // namespace tyndau
