#pragma once

#include "FieldMarks.h"
#include "core/BudgetProposal.h"
#include "core/BudgetSeason.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTableView;

namespace tyndau {

class BallotModel;

class LocalBudget;
class LocalVoteListModel;
class ReferenceData;

// A citizen's vote taken at the front office: the IIN (checked as the operator leaves the
// field and again on recording), the district, and up to K proposals of that district's
// ballot ticked; "Record the vote" or Enter records it through LocalBudget, which applies the
// same rules as the server. A refusal marks its field and keeps what was typed; a recorded
// vote clears the form for the next citizen. Below, the votes this workstation took and what
// the server made of them: a second vote by the same citizen elsewhere comes back refused, in
// red, with the server's reason. Outside the voting phase the form is closed and says why.
class BudgetVotingPanel : public QWidget
{
    Q_OBJECT

public:
    BudgetVotingPanel(LocalBudget& budget, const ReferenceData& reference, QWidget* parent = nullptr);

    void setYear(int year);
    int year() const { return m_year; }
    // Reads the season, its ballot and this workstation's votes again (after a sync); what
    // the operator has typed and ticked stays.
    void refresh();

    // For tests and scripts.
    QLineEdit* iinEdit() const { return m_iin; }
    QComboBox* districtBox() const { return m_district; }
    QListView* ballot() const { return m_ballot; }
    BallotModel* ballotModel() const { return m_ballotModel; }
    QPushButton* recordButton() const { return m_record; }
    QTableView* votesView() const { return m_votesView; }
    LocalVoteListModel* votes() const { return m_votes; }
    bool votingOpen() const;
    QString phaseText() const;
    QString countText() const;
    QString message() const;
    // Ticks or unticks a proposal of the district shown, as the operator would; false when
    // it is not on that ballot or the tick is refused (more than K).
    bool choose(const QString& proposalId, bool chosen = true);
    QStringList chosen() const; // proposal ids, in ballot order
    void showDistrict(const QString& districtCode);
    void record();

signals:
    void changed(); // a vote is queued: time to sync

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    int maxVotes() const;
    void fillDistricts();
    void fillBallot();
    void refuseTick();
    void ticked();
    void checkIin();
    void showProblems(const QList<Error>& problems,
                      FieldMarks::Focus focus = FieldMarks::Focus::FirstProblem);
    void loadVotes();
    void showPhase();
    void showCount();
    void retranslate();

    LocalBudget& m_budget;
    const ReferenceData& m_reference;
    int m_year = 0;
    std::optional<BudgetSeason> m_season;
    QList<BudgetProposal> m_onBallot; // every district's
    QString m_readError;
    QLabel* m_phase = nullptr;
    QWidget* m_form = nullptr;
    QLineEdit* m_iin = nullptr;
    QComboBox* m_district = nullptr;
    BallotModel* m_ballotModel = nullptr;
    QListView* m_ballot = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_record = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_votesTitle = nullptr;
    LocalVoteListModel* m_votes = nullptr;
    QTableView* m_votesView = nullptr;
    QList<QLabel*> m_labels;
    FieldMarks m_marks;
    QList<Error> m_shown; // the problems marked now
};

} // namespace tyndau
