#pragma once

#include "FieldMarks.h"
#include "core/BudgetSeason.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace tyndau {

class LocalBudget;
class ReferenceData;

// The administrator's season: the budget in tenge of each district, how many proposals a
// citizen may vote for, the planned start of each phase, and the phase itself, moved forward
// one step at a time after asking. Local first, like every change.
class BudgetSeasonPanel : public QWidget
{
    Q_OBJECT

public:
    BudgetSeasonPanel(LocalBudget& budget, const ReferenceData& reference, QWidget* parent = nullptr);

    void setYear(int year); // the season shown; a year without one starts a new season
    void refresh();
    QSpinBox* maxVotesBox() const { return m_maxVotes; }
    QStandardItemModel* budgets() const { return m_budgets; }
    QString message() const;
    void save();
    void moveToNextPhase(); // asks first (non-blocking)
    void confirmMove(); // what the question's Yes does

signals:
    void changed(); // queued: time to sync

protected:
    void changeEvent(QEvent* event) override;

private:
    BudgetSeason fromForm() const;
    void fillForm();
    void retranslate();

    LocalBudget& m_budget;
    const ReferenceData& m_reference;
    int m_year = 0;
    BudgetSeason m_season;
    bool m_exists = false;
    // The admin typed something not saved yet: a sync that brings the season again must not
    // write over it. m_filling tells the form's own filling from typing.
    bool m_edited = false;
    bool m_filling = false;
    QLabel* m_title = nullptr;
    QLabel* m_phase = nullptr;
    QSpinBox* m_maxVotes = nullptr;
    QStandardItemModel* m_budgets = nullptr;
    QTableView* m_budgetView = nullptr;
    QList<QDateEdit*> m_dates; // one per phase, in order
    QPushButton* m_save = nullptr;
    QPushButton* m_move = nullptr;
    QLabel* m_message = nullptr;
    QList<QLabel*> m_labels;
    FieldMarks m_marks;
};

} // namespace tyndau
