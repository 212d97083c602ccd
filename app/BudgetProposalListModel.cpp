#include "BudgetProposalListModel.h"

#include "UiLanguage.h"

#include <QFont>
#include <QLocale>

namespace tyndau {

BudgetProposalListModel::BudgetProposalListModel(const ReferenceData& reference, QObject* parent)
    : QAbstractTableModel(parent)
    , m_reference(reference)
{
}

void BudgetProposalListModel::setProposals(const QList<BudgetProposalRecord>& records,
                                           const QSet<QString>& funded)
{
    beginResetModel();
    m_records = records;
    m_funded = funded;
    endResetModel();
}

bool BudgetProposalListModel::isFunded(int row) const
{
    const BudgetProposalRecord* r = recordAt(row);
    return r && m_funded.contains(r->proposal.id);
}

const BudgetProposalRecord* BudgetProposalListModel::recordAt(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

int BudgetProposalListModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).proposal.id == id)
            return i;
    }
    return -1;
}

QString BudgetProposalListModel::assessmentText(const BudgetProposal& p)
{
    if (!p.assessed)
        return tr("Not assessed yet");
    return p.feasible ? tr("Feasible") : tr("Not feasible");
}

QStringList BudgetProposalListModel::implementationStatuses()
{
    return {QStringLiteral("planned"), QStringLiteral("in_progress"), QStringLiteral("completed"),
            QStringLiteral("suspended")};
}

QString BudgetProposalListModel::implementationName(const QString& status)
{
    if (status == QLatin1String("planned"))
        return tr("Planned");
    if (status == QLatin1String("in_progress"))
        return tr("In progress");
    if (status == QLatin1String("completed"))
        return tr("Completed");
    if (status == QLatin1String("suspended"))
        return tr("Suspended");
    return status;
}

int BudgetProposalListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int BudgetProposalListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BudgetProposalListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BudgetProposal& p = m_records.at(index.row()).proposal;
    if (role == Qt::FontRole && m_funded.contains(p.id)) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && (index.column() == CostColumn || index.column() == VotesColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::EditRole && index.column() == CostColumn)
        return p.cost(); // sorts as a number
    if (role == Qt::EditRole && index.column() == VotesColumn)
        return p.votes;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return p.title;
    case DistrictColumn: {
        const District* d = m_reference.district(p.districtCode);
        return d ? d->name.in(UiLanguage::current()) : p.districtCode;
    }
    case CostColumn:
        return tr("%1 ₸").arg(QLocale().toString(p.cost()));
    case AssessmentColumn:
        return m_funded.contains(p.id) ? tr("Feasible, funded") : assessmentText(p);
    case VotesColumn:
        return p.votes;
    case ImplementationColumn:
        return implementationName(p.implementationStatus);
    }
    return {};
}

QVariant BudgetProposalListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Proposal");
    case DistrictColumn:
        return tr("District");
    case CostColumn:
        return tr("Cost");
    case AssessmentColumn:
        return tr("Experts' verdict");
    case VotesColumn:
        return tr("Votes");
    case ImplementationColumn:
        return tr("Implementation");
    }
    return {};
}

} // namespace tyndau
