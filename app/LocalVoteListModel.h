#pragma once

#include "db/LocalVoteStore.h"

#include <QAbstractTableModel>

namespace tyndau {

class ReferenceData;

// The votes taken at this workstation, newest first, as the operator checks them: when, the
// citizen's IIN masked, the district, how many proposals, and what the server made of each
// (waiting to be sent, counted, or refused with the server's reason, in red). Never the IIN
// itself: the workstation does not keep it.
class LocalVoteListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn,
        VoterColumn,
        DistrictColumn,
        ChoicesColumn,
        StateColumn,
        ColumnCount
    };

    explicit LocalVoteListModel(const ReferenceData& reference, QObject* parent = nullptr);

    void setVotes(const QList<LocalVote>& votes);
    const LocalVote* voteAt(int row) const;
    // "waiting to be sent", "counted", "refused: <the server's reason>"
    static QString stateText(const LocalVote& vote);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const ReferenceData& m_reference;
    QList<LocalVote> m_votes;
};

} // namespace tyndau
