#pragma once

#include "core/BudgetProposal.h"

#include <QAbstractListModel>
#include <QStringList>

namespace tyndau {

// A district's ballot at the front office: its proposals, each ticked or not. A tick beyond
// the season's limit is refused (tooMany), so the ballot never holds more than a citizen may
// choose.
class BallotModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles
    {
        IdRole = Qt::UserRole, // the proposal's id
    };

    explicit BallotModel(QObject* parent = nullptr);

    // The proposals on the ballot, in order; ticks stay on those in `keep`.
    void setBallot(const QList<BudgetProposal>& proposals, const QStringList& keep);
    void setMaxChoices(int max) { m_max = max; }
    int maxChoices() const { return m_max; }
    QStringList chosen() const; // ids, in ballot order
    // False when the proposal is not on the ballot or the tick is refused.
    bool setChosen(const QString& proposalId, bool chosen);
    void clearChoices();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void choicesChanged();
    void tooMany(); // a tick beyond the limit was refused

private:
    QList<BudgetProposal> m_proposals;
    QList<bool> m_ticked;
    int m_max = 1;
};

} // namespace tyndau
