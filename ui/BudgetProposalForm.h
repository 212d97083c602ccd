#pragma once

#include "FieldMarks.h"
#include "core/BudgetProposal.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QStringListModel;
class QTimer;

namespace tyndau {

class LocalBudget;
class ReferenceData;

// A proposal registered at the front office on a citizen's behalf: title, description,
// district, estimated cost, and the author's name, IIN and phone. While the operator types,
// proposals of the same district that share words with it are listed, so that a citizen
// whose idea is already in is told so instead of registering it twice.
class BudgetProposalForm : public QWidget
{
    Q_OBJECT

public:
    BudgetProposalForm(LocalBudget& budget, const ReferenceData& reference, QWidget* parent = nullptr);

    void setYear(int year);
    void fill(const BudgetProposal& draft); // for tests and scripts
    BudgetProposal draft() const;
    QStringList lookAlikes(); // the titles listed (looked up now if typing has not paused)
    QString message() const;
    void submit();
    void retranslate();

signals:
    void submitted(const QString& proposalId);

private:
    void updateLookAlikes();

    LocalBudget& m_budget;
    const ReferenceData& m_reference;
    int m_year = 0;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QComboBox* m_district = nullptr;
    QLineEdit* m_cost = nullptr;
    QLineEdit* m_author = nullptr;
    QLineEdit* m_iin = nullptr;
    QLineEdit* m_phone = nullptr;
    QStringListModel* m_similar = nullptr;
    QListView* m_similarView = nullptr;
    QLabel* m_similarTitle = nullptr;
    QPushButton* m_submit = nullptr;
    QLabel* m_message = nullptr;
    QTimer* m_lookUp = nullptr;
    QList<QLabel*> m_labels;
    FieldMarks m_marks;
};

} // namespace tyndau
