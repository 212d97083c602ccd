#include "RequestListModel.h"

#include "UiLanguage.h"
#include "core/AlmatyTime.h"
#include "core/DeadlinePolicy.h"
#include "core/ReferenceData.h"
#include "db/Cancellation.h"
#include "db/Database.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent>

namespace tyndau {

RequestListModel::RequestListModel(Database& cache, const ReferenceData& reference,
                                   const DeadlinePolicy& policy, QObject* parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
    , m_reference(reference)
    , m_policy(policy)
{
}

// A count still under way is stopped and waited for (a few milliseconds once stopped): it
// must not outlive the application it runs in.
RequestListModel::~RequestListModel()
{
    if (m_cancelCount)
        m_cancelCount->cancel();
    m_counting.waitForFinished();
}

void RequestListModel::setFilter(const RequestFilter& filter)
{
    m_filter = filter;
    m_filterChanged = true;
    reload(kPageSize);
}

void RequestListModel::setOrder(RequestOrder order)
{
    m_order = order;
    reload(kPageSize);
}

void RequestListModel::refresh()
{
    reload(std::max<int>(kPageSize, int(m_rows.size())));
}

void RequestListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

// The first `rows` rows again, and the count; the view starts over.
void RequestListModel::reload(int rows)
{
    if (m_reloadsHeld) {
        m_heldReload = std::max(m_heldReload, rows);
        return;
    }
    RequestFilter filter = m_filter;
    filter.today = AlmatyTime::today();
    filter.dueSoonUntil = m_policy.calendar().addWorkingDays(filter.today, m_policy.dueSoonDays());
    m_filter = filter;
    RequestListStore store(m_cache);
    auto page = store.page(m_filter, m_order, std::nullopt, rows);
    // Views (and QAbstractItemModelTester) ask for more while a change is being announced;
    // one page per change, and scrolling asks again afterwards.
    m_changing = true;
    beginResetModel();
    m_rows = page ? page.value() : QList<RequestSummary> {};
    m_atEnd = !page || m_rows.size() < rows;
    endResetModel();
    m_changing = false;
    if (!page) {
        dropCount(); // a count under way was for rows no longer shown
        return report(page.error());
    }
    count();
}

// Stops the count under way, if any, and makes sure it never reports.
quint64 RequestListModel::dropCount()
{
    if (m_cancelCount)
        m_cancelCount->cancel();
    m_cancelCount.reset();
    m_countPending = false;
    return ++m_countTicket;
}

void RequestListModel::count()
{
    const quint64 ticket = dropCount();
    const bool filterChanged = std::exchange(m_filterChanged, false);
    if (m_atEnd) // every match is on the first page already
        return counted(ticket, qint64(m_rows.size()));
    // The same filter read again (after a sync, or in another order) keeps showing its last
    // count until the new one is in; a new filter's is unknown until then.
    if (filterChanged || m_total < 0) {
        m_total = -1;
        emit totalCountChanged(m_total);
    }
    if (m_countHeld) {
        m_countPending = true;
        return;
    }
    countInBackground(ticket);
}

void RequestListModel::holdReloads()
{
    m_reloadsHeld = true;
}

void RequestListModel::releaseReloads()
{
    m_reloadsHeld = false;
    if (const int rows = std::exchange(m_heldReload, 0); rows > 0)
        reload(rows);
}

void RequestListModel::holdCounting()
{
    m_countHeld = true;
}

void RequestListModel::releaseCounting()
{
    m_countHeld = false;
    if (std::exchange(m_countPending, false))
        countInBackground(m_countTicket);
}

void RequestListModel::countInBackground(quint64 ticket)
{
    auto cancel = std::make_shared<Cancellation>();
    m_cancelCount = cancel;
    m_counting = QtConcurrent::run([url = m_cache.url(), filter = m_filter, cancel]() -> Result<qint64> {
        if (cancel->cancelled())
            return Error {QStringLiteral("cancelled"), QString(), {}};
        auto db = Database::openReader(url);
        if (!db)
            return db.error();
        db.value()->cancelWith(cancel);
        auto counted = RequestListStore(*db.value()).count(filter);
        if (cancel->cancelled()) // an interrupted COUNT(*) can answer with the part it read
            return Error {QStringLiteral("cancelled"), QString(), {}};
        return counted;
    });
    auto* watcher = new QFutureWatcher<Result<qint64>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, ticket] {
        watcher->deleteLater();
        counted(ticket, watcher->result());
    });
    watcher->setFuture(m_counting);
}

void RequestListModel::counted(quint64 ticket, const Result<qint64>& total)
{
    if (ticket != m_countTicket) // overtaken by a newer filter: its own count comes
        return;
    m_cancelCount.reset();
    if (!total)
        return report(total.error());
    m_total = total.value();
    emit totalCountChanged(m_total);
}

void RequestListModel::report(const Error& error)
{
    m_lastError = error;
    emit failed(error);
}

bool RequestListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_changing;
}

void RequestListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd || m_changing)
        return;
    std::optional<RequestListKey> after;
    if (!m_rows.isEmpty())
        after = RequestListStore::keyOf(m_rows.constLast(), m_order);
    auto page = RequestListStore(m_cache).page(m_filter, m_order, after, kPageSize);
    if (!page) {
        m_atEnd = true;
        return report(page.error());
    }
    m_atEnd = page->size() < kPageSize;
    if (page->isEmpty())
        return;
    m_changing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size()) - 1);
    m_rows.append(page.value());
    endInsertRows();
    m_changing = false;
}

int RequestListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const RequestSummary* RequestListModel::summaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int RequestListModel::rowOf(const QUuid& id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

Qt::ItemFlags RequestListModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren
                           : Qt::NoItemFlags;
}

int RequestListModel::deadlineState(const RequestSummary& r) const
{
    return int(m_policy.state(r.status, r.dueDate, m_filter.today));
}

QString RequestListModel::deadlineText(const RequestSummary& r) const
{
    // Answered on the spot or joined to another: no deadline was ever running.
    const bool neverRan = r.status == Status::Consulted || r.status == Status::Duplicate
        || r.status == Status::LinkedToIncident;
    if (!r.dueDate.isValid() || neverRan)
        return {};
    const QString date = QLocale().toString(r.dueDate, QLocale::ShortFormat);
    const auto state = DeadlineState(deadlineState(r));
    if (state == DeadlineState::None)
        return date;
    return tr("%1 · %2").arg(date, displayName(state));
}

QString RequestListModel::displayText(const RequestSummary& r, int column) const
{
    const QString lang = UiLanguage::current();
    switch (column) {
    case NumberColumn:
        return r.number;
    case RegisteredColumn:
        return QLocale().toString(AlmatyTime::toLocal(r.createdAt), QLocale::ShortFormat);
    case StatusColumn:
        return displayName(r.status);
    case DeadlineColumn:
        return deadlineText(r);
    case KindColumn:
        return displayName(r.kind);
    case ChannelColumn:
        return displayName(r.channel);
    case DistrictColumn:
        if (const District* d = m_reference.district(r.districtCode))
            return d->name.in(lang);
        return r.districtCode;
    case CategoryColumn:
        if (const Category* c = m_reference.category(r.categoryCode))
            return c->name.in(lang);
        return r.categoryCode;
    case OrganizationColumn:
        if (const Organization* o = m_reference.organization(r.orgCode))
            return o->name.in(lang);
        return r.orgCode;
    case CitizenColumn:
        return r.citizenName.isEmpty() ? tr("anonymous") : r.citizenName;
    case DescriptionColumn:
        return r.description.simplified();
    }
    return {};
}

QVariant RequestListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RequestSummary& r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(r, index.column());
    case Qt::ToolTipRole:
        if (!r.syncError.isEmpty())
            return tr("The server refused the last change: %1").arg(r.syncError);
        if (index.column() == DescriptionColumn)
            return r.description;
        if (index.column() == NumberColumn && r.provisional)
            return tr("Provisional number: the official one comes with the next sync.");
        return {};
    case IdRole:
        return r.id;
    case DeadlineStateRole:
        return deadlineState(r);
    case StatusRole:
        return int(r.status);
    case SyncErrorRole:
        return r.syncError;
    }
    return {};
}

QVariant RequestListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case RegisteredColumn:
        return tr("Registered");
    case StatusColumn:
        return tr("Status");
    case DeadlineColumn:
        return tr("Deadline");
    case KindColumn:
        return tr("Kind");
    case ChannelColumn:
        return tr("Channel");
    case DistrictColumn:
        return tr("District");
    case CategoryColumn:
        return tr("Category");
    case OrganizationColumn:
        return tr("Executor");
    case CitizenColumn:
        return tr("Citizen");
    case DescriptionColumn:
        return tr("Description");
    }
    return {};
}

void RequestListModel::sort(int column, Qt::SortOrder order)
{
    const bool ascending = order == Qt::AscendingOrder;
    if (column == DeadlineColumn)
        setOrder(ascending ? RequestOrder::DueFirst : RequestOrder::DueLast);
    else
        setOrder(ascending ? RequestOrder::OldestFirst : RequestOrder::NewestFirst);
}

} // namespace tyndau
