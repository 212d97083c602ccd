#include "RequestSummaryModel.h"

#include "UiLanguage.h"
#include "core/AlmatyTime.h"
#include "core/ReferenceData.h"

#include <QLocale>

namespace tyndau {

RequestSummaryModel::RequestSummaryModel(const ReferenceData& reference, QObject* parent)
    : QAbstractListModel(parent)
    , m_reference(reference)
{
}

void RequestSummaryModel::setRows(const QList<RequestSummary>& rows)
{
    if (rows == m_rows)
        return;
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const RequestSummary* RequestSummaryModel::summaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int RequestSummaryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RequestSummaryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RequestSummary& r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const Category* category = m_reference.category(r.categoryCode);
        const QString when = QLocale().toString(AlmatyTime::toLocal(r.createdAt), QLocale::ShortFormat);
        const QString what = category ? category->name.in(UiLanguage::current()) : r.categoryCode;
        const QString line = tr("%1 · %2 · %3 · %4").arg(r.number, what, r.address, when);
        return r.isIncident ? tr("Mass incident: %1").arg(line) : line;
    }
    case Qt::ToolTipRole:
        return r.description;
    case IdRole:
        return r.id;
    case IncidentRole:
        return r.isIncident;
    }
    return {};
}

} // namespace tyndau
