#pragma once

#include "db/RequestListStore.h"

#include <QAbstractListModel>

namespace tyndau {

class ReferenceData;

// A short list of requests given whole (look-alikes, open incidents): one line each with
// the number, the category, the address and when it was registered.
class RequestSummaryModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        IncidentRole, // bool
    };

    explicit RequestSummaryModel(const ReferenceData& reference, QObject* parent = nullptr);

    void setRows(const QList<RequestSummary>& rows);
    const RequestSummary* summaryAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    const ReferenceData& m_reference;
    QList<RequestSummary> m_rows;
};

} // namespace tyndau
