#pragma once

#include "core/Result.h"
#include "db/RequestListStore.h"

#include <QAbstractTableModel>

namespace tyndau {

class Database;
class DeadlinePolicy;
class ReferenceData;

// The requests list over the local cache: a page at a time (fetchMore), however many rows
// match, so a view over a million requests costs what a screenful costs. The filter and the
// order are applied in SQL; changing either starts again from the first page.
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

    void setFilter(const RequestFilter& filter);
    const RequestFilter& filter() const { return m_filter; }
    void setOrder(RequestOrder order);
    RequestOrder order() const { return m_order; }
    // Reads again what is shown, as far as it was scrolled (after a sync).
    void refresh();
    // The names (status, district, …) are in the interface language: call after it changes.
    void retranslate();

    qint64 totalCount() const { return m_total; } // rows matching the filter, not only fetched
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
    qint64 m_total = 0;
    Error m_lastError;
};

} // namespace tyndau
