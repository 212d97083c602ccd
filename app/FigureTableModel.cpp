#include "FigureTableModel.h"

#include <QLocale>

namespace tyndau {

FigureTableModel::FigureTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void FigureTableModel::setTable(const QStringList& headers, const QList<Row>& rows)
{
    beginResetModel();
    m_headers = headers;
    m_rows = rows;
    endResetModel();
}

const RequestFilter* FigureTableModel::filterAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).behind : nullptr;
}

int FigureTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FigureTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant FigureTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant value = m_rows.at(index.row()).cells.value(index.column());
    const bool number = value.typeId() == QMetaType::Int || value.typeId() == QMetaType::Double;
    switch (role) {
    case Qt::DisplayRole:
        if (value.typeId() == QMetaType::Double)
            return QLocale().toString(value.toDouble(), 'f', 1);
        if (value.typeId() == QMetaType::Int)
            return QLocale().toString(value.toInt());
        return value;
    case Qt::EditRole: // what sorting compares
        return value;
    case Qt::TextAlignmentRole:
        return number ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    return {};
}

QVariant FigureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace tyndau
