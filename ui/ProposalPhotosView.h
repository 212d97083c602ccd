#pragma once

#include "FieldMarks.h"
#include "core/BudgetProposal.h"

#include <QGroupBox>

class QLabel;
class QListView;
class QPushButton;

namespace tyndau {

class BlobFetcher;
class LocalBudget;
class ProposalPhotoModel;

// The photos of a winner's implementation: thumbnails everyone sees, and for the admin who
// tracks it, "Add photo…". A photo opens whole on a double click or Enter.
class ProposalPhotosView : public QGroupBox
{
    Q_OBJECT

public:
    explicit ProposalPhotosView(LocalBudget& budget, QWidget* parent = nullptr);

    void setFetcher(BlobFetcher* fetcher);
    // The proposal shown (nullptr: none) and whether this user may add to it now.
    void showProposal(const BudgetProposalRecord* record, bool mayAdd);
    // Keeps the photo at `path` with the proposal; false, with the reason shown, if it is refused.
    bool addPhoto(const QString& path);
    ProposalPhotoModel* model() const { return m_model; }
    QListView* view() const { return m_view; }
    QString message() const;

signals:
    void added(); // kept and queued: time to sync

protected:
    void changeEvent(QEvent* event) override;

private:
    void chooseFile();
    void open(const QModelIndex& index);
    void retranslate();

    LocalBudget& m_budget;
    std::optional<BudgetProposalRecord> m_record;
    ProposalPhotoModel* m_model = nullptr;
    QListView* m_view = nullptr;
    QPushButton* m_add = nullptr;
    QLabel* m_message = nullptr;
    FieldMarks m_marks; // a refused file marks the list and says why, as every form does
};

} // namespace tyndau
