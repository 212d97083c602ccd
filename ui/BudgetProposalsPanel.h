#pragma once

#include "FieldMarks.h"
#include "core/BudgetProposal.h"
#include "core/BudgetSeason.h"
#include "core/Vocabulary.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace tyndau {

class BlobFetcher;
class BudgetProposalForm;
class BudgetProposalListModel;
class LocalBudget;
class ProposalPhotosView;
class ReferenceData;

// A season's proposals: the list, the chosen one's details, and what the role may do with it
// in the season's phase — register a new one (the front office, while proposals are
// accepted), assess it (the experts), or track a winner's implementation (the admin).
class BudgetProposalsPanel : public QWidget
{
    Q_OBJECT

public:
    BudgetProposalsPanel(LocalBudget& budget, const ReferenceData& reference, Role role,
                         QWidget* parent = nullptr);

    void setYear(int year);
    void refresh();
    BudgetProposalListModel* proposals() const { return m_model; }
    QTableView* view() const { return m_view; }
    BudgetProposalForm* form() const { return m_form; }
    ProposalPhotosView* photos() const { return m_photos; }
    // Where photos taken at other workstations come from; none: they show as not here.
    void setFetcher(BlobFetcher* fetcher);
    void choose(int row);
    // The experts' verdict on the chosen proposal.
    void assess(bool feasible, qint64 correctedCost, const QString& orgCode, const QString& reason);
    void track(const QString& status, const QString& note);
    QString message() const;

signals:
    void changed(); // queued: time to sync

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildAssessment();
    QWidget* buildImplementation();
    void showChosen();
    const BudgetProposalRecord* chosenRecord() const;
    void retranslate();

    LocalBudget& m_budget;
    const ReferenceData& m_reference;
    Role m_role;
    int m_year = 0;
    BudgetSeason m_season;
    BudgetProposalListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_details = nullptr;
    BudgetProposalForm* m_form = nullptr;
    QGroupBox* m_formBox = nullptr;
    QGroupBox* m_assessBox = nullptr;
    QCheckBox* m_feasible = nullptr;
    QLineEdit* m_correctedCost = nullptr;
    QComboBox* m_organization = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QPushButton* m_assess = nullptr;
    QGroupBox* m_trackBox = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_track = nullptr;
    ProposalPhotosView* m_photos = nullptr;
    QLabel* m_message = nullptr;
    QList<QLabel*> m_labels; // the editors' row labels, in order
    FieldMarks m_marks;
};

} // namespace tyndau
