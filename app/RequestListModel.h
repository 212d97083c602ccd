#pragma once

#include "core/Result.h"
#include "db/RequestListStore.h"

#include <QAbstractTableModel>
#include <QFuture>

#include <memory>

namespace tyndau {

class Cancellation;
class Database;
class DeadlinePolicy;
class ReferenceData;

// The requests list over the local cache: a page at a time (fetchMore), however many rows
// match, so a view over a million requests costs what a screenful costs. The filter and the
// order are applied in SQL; changing either starts again from the first page.
//
// How many rows match is counted on a thread of the pool, over a connection of its own: a
// count reads an index whole (a tenth of a second over a million requests, on a cold disk
// more), and the first rows must not wait for it. Until it is in, totalCount() is -1; a count
// overtaken by a newer filter, or by the model's end, is stopped and never reported.
class RequestListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        RegisteredColumn,
        StatusColumn,
        DeadlineColumn,
        KindColumn,
        ChannelColumn,
        DistrictColumn,
        CategoryColumn,
        OrganizationColumn,
        CitizenColumn,
        DescriptionColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        DeadlineStateRole, // int(DeadlineState): the view colours by it and shows a mark
        StatusRole, // int(Status)
        SyncErrorRole, // why the server refused this request's last operation, or ""
    };
    static constexpr int kPageSize = 200;

    RequestListModel(Database& cache, const ReferenceData& reference, const DeadlinePolicy& policy,
                     QObject* parent = nullptr);
    ~RequestListModel() override;

    void setFilter(const RequestFilter& filter);
    const RequestFilter& filter() const { return m_filter; }
    void setOrder(RequestOrder order);
    RequestOrder order() const { return m_order; }
    // Reads again what is shown, as far as it was scrolled (after a sync).
    void refresh();
    // The names (status, district, …) are in the interface language: call after it changes.
    void retranslate();

    // Rows matching the filter, not only fetched; -1 while a new filter's are being counted
    // (the same filter read again shows its last count until the new one is in).
    qint64 totalCount() const { return m_total; }
    // Filter and order changes are kept, not read, until released, then read once: for
    // setting up a view, whose sort indicator and first filter each change them.
    void holdReloads();
    void releaseReloads();
    // Counts wait until released: a view holds them until it has painted its first rows, so
    // that a window opening over a million requests shows them first, then how many.
    void holdCounting();
    void releaseCounting();
    const RequestSummary* summaryAt(int row) const;
    int rowOf(const QUuid& id) const; // -1 when not fetched
    Error lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    void totalCountChanged(qint64 count);
    void failed(const tyndau::Error& error);

private:
    void reload(int rows);
    void count();
    quint64 dropCount();
    void countInBackground(quint64 ticket);
    void counted(quint64 ticket, const Result<qint64>& total);
    QString displayText(const RequestSummary& r, int column) const;
    QString deadlineText(const RequestSummary& r) const;
    int deadlineState(const RequestSummary& r) const;
    void report(const Error& error);

    Database& m_cache;
    const ReferenceData& m_reference;
    const DeadlinePolicy& m_policy;
    RequestFilter m_filter;
    RequestOrder m_order = RequestOrder::NewestFirst;
    QList<RequestSummary> m_rows;
    bool m_atEnd = false;
    bool m_changing = false; // between begin… and end… of a reset or an insert
    qint64 m_total = -1;
    quint64 m_countTicket = 0; // the count that may still report
    bool m_filterChanged = false; // since the last count began
    bool m_reloadsHeld = false;
    int m_heldReload = 0; // rows to read when released; 0: none asked for
    bool m_countHeld = false;
    bool m_countPending = false; // a count to start when released
    std::shared_ptr<Cancellation> m_cancelCount; // stops the count under way
    QFuture<Result<qint64>> m_counting;
    Error m_lastError;
};

} // namespace tyndau
