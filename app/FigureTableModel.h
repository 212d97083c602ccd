#pragma once

#include "db/RequestListStore.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariantList>

namespace tyndau {

// A table of figures beside a chart (districts, organizations, acute issues, …): header
// names, rows of values, and for each row the requests behind it as a list filter, so a
// number drills down to the requests it counts.
class FigureTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Row
    {
        QVariantList cells; // text or numbers; numbers sort as numbers
        RequestFilter behind;
    };

    explicit FigureTableModel(QObject* parent = nullptr);

    void setTable(const QStringList& headers, const QList<Row>& rows);
    const RequestFilter* filterAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<Row> m_rows;
};

} // namespace tyndau
