#include "ProposalPhotosView.h"

#include "PhotoDialog.h"
#include "app/LocalBudget.h"
#include "app/LocalRequests.h"
#include "app/ProposalPhotoModel.h"

#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace tyndau {

ProposalPhotosView::ProposalPhotosView(LocalBudget& budget, QWidget* parent)
    : QGroupBox(parent)
    , m_budget(budget)
    , m_model(new ProposalPhotoModel(budget.cacheDb(), this))
    , m_view(new QListView(this))
    , m_add(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_marks(m_message)
{
    m_view->setModel(m_model);
    m_view->setViewMode(QListView::IconMode);
    m_view->setFlow(QListView::LeftToRight);
    m_view->setWrapping(false);
    m_view->setMovement(QListView::Static);
    const int side = ProposalPhotoModel::kThumbnail;
    m_view->setIconSize(QSize(side, side));
    m_view->setGridSize(QSize(side + 16, side + m_view->fontMetrics().height() + 16));
    m_view->setFixedHeight(m_view->gridSize().height() + m_view->frameWidth() * 2
                           + m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_message->setWordWrap(true);
    m_message->hide();
    m_marks.add(QStringLiteral("photos"), m_view);
    m_marks.add(QStringLiteral("attachments"), m_view); // what LocalRequests::checkFile names
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    layout->addWidget(m_message);
    connect(m_add, &QPushButton::clicked, this, &ProposalPhotosView::chooseFile);
    connect(m_view, &QListView::activated, this, &ProposalPhotosView::open);
    retranslate();
    setVisible(false);
}

void ProposalPhotosView::setFetcher(BlobFetcher* fetcher)
{
    m_model->setFetcher(fetcher);
}

void ProposalPhotosView::showProposal(const BudgetProposalRecord* record, bool mayAdd)
{
    const bool sameProposal = record && m_record && m_record->proposal.id == record->proposal.id;
    m_record = record ? std::optional(*record) : std::nullopt;
    if (!sameProposal) {
        m_marks.clear();
        m_message->hide();
    }
    m_model->setPhotos(record ? record->photos : QList<AttachmentRef> {});
    m_add->setVisible(mayAdd);
    setVisible(record && (mayAdd || !record->photos.isEmpty()));
}

bool ProposalPhotosView::addPhoto(const QString& path)
{
    if (!m_record)
        return false;
    auto file = LocalRequests::readFile(path);
    auto kept = file ? m_budget.addPhoto(*m_record, file.value()) : Result<AttachmentRef>(file.error());
    if (!kept) {
        m_marks.show({kept.error()});
        m_message->show();
        return false;
    }
    m_marks.clear();
    m_message->hide();
    m_record->photos.append(kept.value());
    m_model->setPhotos(m_record->photos);
    emit added();
    return true;
}

QString ProposalPhotosView::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ProposalPhotosView::chooseFile()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Add a photo of the implementation"),
                                       QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                       tr("Photos (*.jpg *.jpeg *.png *.webp)"));
    if (!path.isEmpty())
        addPhoto(path);
}

void ProposalPhotosView::open(const QModelIndex& index)
{
    const QByteArray bytes = index.data(ProposalPhotoModel::BytesRole).toByteArray();
    if (bytes.isEmpty()) {
        m_marks.showMessage(index.data(Qt::ToolTipRole).toString(), true);
        m_message->show();
        return;
    }
    auto* dialog = new PhotoDialog(bytes, index.data(Qt::DisplayRole).toString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ProposalPhotosView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void ProposalPhotosView::retranslate()
{
    setTitle(tr("Photos of the implementation"));
    m_add->setText(tr("Add &photo…"));
}

} // namespace tyndau
