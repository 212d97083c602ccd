#pragma once

#include <QStyledItemDelegate>

namespace tyndau {

// Draws an item as a title over a snippet, both HTML with the matched words in bold: the
// knowledge-base results.
class HtmlDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    HtmlDelegate(int titleRole, int snippetRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QString html(const QModelIndex& index) const;

    int m_titleRole;
    int m_snippetRole;
};

} // namespace tyndau
