#include "LocalVoteListModel.h"

#include "UiLanguage.h"
#include "core/AlmatyTime.h"
#include "core/ReferenceData.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace tyndau {

LocalVoteListModel::LocalVoteListModel(const ReferenceData& reference, QObject* parent)
    : QAbstractTableModel(parent)
    , m_reference(reference)
{
}

void LocalVoteListModel::setVotes(const QList<LocalVote>& votes)
{
    beginResetModel();
    m_votes = votes;
    endResetModel();
}

const LocalVote* LocalVoteListModel::voteAt(int row) const
{
    return row >= 0 && row < m_votes.size() ? &m_votes.at(row) : nullptr;
}

QString LocalVoteListModel::stateText(const LocalVote& vote)
{
    switch (vote.state) {
    case LocalVote::State::Pending:
        return tr("waiting to be sent");
    case LocalVote::State::Counted:
        return tr("counted");
    case LocalVote::State::Refused:
        return vote.message.isEmpty() ? tr("refused") : tr("refused: %1").arg(vote.message);
    }
    return {};
}

int LocalVoteListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_votes.size());
}

int LocalVoteListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LocalVoteListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LocalVote& v = m_votes.at(index.row());
    const bool refused = v.state == LocalVote::State::Refused;
    if (role == Qt::ForegroundRole && refused)
        return QBrush(QColor(0xb0, 0x00, 0x20)); // the operator must not miss a refused vote
    if (role == Qt::ToolTipRole && index.column() == StateColumn)
        return stateText(v); // a long reason does not fit the column
    if (role == Qt::TextAlignmentRole && index.column() == ChoicesColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return QLocale().toString(AlmatyTime::toLocal(v.recordedAt), QLocale::ShortFormat);
    case VoterColumn:
        return v.voterShown;
    case DistrictColumn: {
        const District* d = m_reference.district(v.districtCode);
        return d ? d->name.in(UiLanguage::current()) : v.districtCode;
    }
    case ChoicesColumn:
        return int(v.choices.size());
    case StateColumn:
        return stateText(v);
    }
    return {};
}

QVariant LocalVoteListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case VoterColumn:
        return tr("Citizen's IIN");
    case DistrictColumn:
        return tr("District");
    case ChoicesColumn:
        return tr("Proposals");
    case StateColumn:
        return tr("State");
    }
    return {};
}

} // namespace tyndau
