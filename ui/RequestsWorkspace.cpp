#include "RequestsWorkspace.h"

#include "ActionDialog.h"
#include "DeadlineDelegate.h"
#include "RequestCard.h"
#include "RequestFilterBar.h"
#include "ShapedTextDelegate.h"
#include "app/LocalCache.h"
#include "app/RequestListModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tyndau {

RequestsWorkspace::RequestsWorkspace(LocalCache& cache, Actor actor, Mode mode, QWidget* parent)
    : QWidget(parent)
    , m_mode(mode)
    , m_cache(cache)
    , m_actor(actor)
    , m_model(new RequestListModel(cache.db(), cache.reference(), cache.policy(), this))
    , m_filters(new RequestFilterBar(cache.reference(), actor.login, this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_card(new RequestCard(cache, actor, this))
{
    m_view->setModel(m_model);
    // The first rows are painted first; how many match is counted after (a million
    // requests take a count of tens of milliseconds, on a cold disk more).
    m_model->holdCounting();
    m_view->viewport()->installEventFilter(this);
    m_model->holdReloads(); // until the filter and order below are set: then one read
    m_view->setItemDelegate(new ShapedTextDelegate(m_view));
    m_view->setItemDelegateForColumn(RequestListModel::DeadlineColumn,
                                     new DeadlineDelegate(RequestListModel::DeadlineStateRole, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(RequestListModel::RegisteredColumn, Qt::DescendingOrder);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    // A million rows scroll smoothly only when every row has the same height.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setColumnWidth(RequestListModel::NumberColumn, 130);
    m_view->setColumnWidth(RequestListModel::RegisteredColumn, 150);
    m_view->setColumnWidth(RequestListModel::StatusColumn, 160);
    m_view->setColumnWidth(RequestListModel::DeadlineColumn, 190);
    m_view->setColumnWidth(RequestListModel::DescriptionColumn, 400);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filters);
    leftLayout->addWidget(m_count);
    leftLayout->addWidget(m_view, 1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_card);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    m_card->setMinimumWidth(380);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_filters, &RequestFilterBar::filterChanged, this, [this](const RequestFilter& f) {
        m_drilledFrom.clear();
        m_model->setFilter(withMode(f));
    });
    connect(m_model, &RequestListModel::totalCountChanged, this, &RequestsWorkspace::updateCount);
    connect(m_model, &RequestListModel::failed, this, [this](const Error& e) {
        m_count->setText(tr("The list could not be read: %1").arg(e.message));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RequestsWorkspace::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RequestsWorkspace::showCurrent);
    connect(m_card, &RequestCard::actionRequested, this, [this](const Request& r, Action action) {
        auto* dialog = new ActionDialog(m_cache, m_actor, r, action, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, &RequestsWorkspace::actionQueued);
        dialog->open();
    });
    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_filters->textEdit()->setFocus();
        m_filters->textEdit()->selectAll();
    });
    if (m_mode != Mode::All) {
        m_model->setOrder(RequestOrder::DueFirst);
        m_view->horizontalHeader()->setSortIndicator(RequestListModel::DeadlineColumn, Qt::AscendingOrder);
    }
    m_model->setFilter(withMode(m_filters->filter()));
    m_model->releaseReloads();
}

// A queue is what waits for its role's work, whatever else is filtered: an inspector's
// decision, or an executor's answer.
RequestFilter RequestsWorkspace::withMode(RequestFilter filter) const
{
    if (m_mode == Mode::Review && filter.statuses.isEmpty())
        filter.statuses = {Status::Answered, Status::ExtensionRequested};
    if (m_mode == Mode::Queue && filter.statuses.isEmpty())
        filter.statuses = {Status::Assigned, Status::Returned, Status::InProgress, Status::Extended};
    return filter;
}

QString RequestsWorkspace::countText() const
{
    return m_count->text();
}

void RequestsWorkspace::updateCount()
{
    const qint64 total = m_model->totalCount();
    const QString count = total < 0 ? tr("Counting requests…")
                                    : tr("%n request(s)", nullptr, int(std::min<qint64>(total, INT_MAX)));
    m_count->setText(m_drilledFrom.isEmpty() ? count
                                             : tr("%1 — from the statistics: %2").arg(count, m_drilledFrom));
}

void RequestsWorkspace::showFiltered(const RequestFilter& filter, const QString& what)
{
    m_drilledFrom = what;
    m_model->setFilter(filter);
}

void RequestsWorkspace::refresh()
{
    const QUuid current = m_card->requestId();
    m_model->refresh();
    const int row = m_model->rowOf(current);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    else
        m_card->showRequest(current);
}

void RequestsWorkspace::open(const QUuid& id)
{
    int row = m_model->rowOf(id);
    if (row < 0) {
        m_filters->reset();
        row = m_model->rowOf(id);
    }
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    else
        m_card->showRequest(id);
}

void RequestsWorkspace::showCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        m_card->showRequest(current.data(RequestListModel::IdRole).toUuid());
}

bool RequestsWorkspace::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Paint) {
        m_view->viewport()->removeEventFilter(this);
        QMetaObject::invokeMethod(m_model, &RequestListModel::releaseCounting, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

void RequestsWorkspace::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        updateCount();
    }
    QWidget::changeEvent(event);
}

} // namespace tyndau
