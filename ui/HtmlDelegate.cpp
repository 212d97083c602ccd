#include "HtmlDelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace tyndau {
namespace {

constexpr int kWidth = 360;

void layOut(QTextDocument& doc, const QStyleOptionViewItem& option, const QString& html)
{
    doc.setDefaultFont(option.font);
    doc.setHtml(html);
    doc.setTextWidth(option.rect.width() > 0 ? option.rect.width() : kWidth);
}

} // namespace

HtmlDelegate::HtmlDelegate(int titleRole, int snippetRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_titleRole(titleRole)
    , m_snippetRole(snippetRole)
{
}

QString HtmlDelegate::html(const QModelIndex& index) const
{
    // Both are HTML already: escaped, with the matched words between <b> and </b> (Snippet).
    return QStringLiteral("<div style='font-weight:600'>%1</div><div>%2</div>")
        .arg(index.data(m_titleRole).toString(), index.data(m_snippetRole).toString());
}

void HtmlDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                         const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    QTextDocument doc;
    layOut(doc, option, html(index));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    if (opt.state & QStyle::State_Selected)
        context.palette.setColor(QPalette::Text, opt.palette.color(QPalette::HighlightedText));
    painter->save();
    painter->translate(opt.rect.topLeft());
    painter->setClipRect(opt.rect.translated(-opt.rect.topLeft()));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize HtmlDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QTextDocument doc;
    layOut(doc, option, html(index));
    return QSize(int(doc.idealWidth()), int(doc.size().height()));
}

} // namespace tyndau
