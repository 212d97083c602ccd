#include "ShapedTextDelegate.h"

#include <QApplication>
#include <QPainter>

#include <memory>

namespace tyndau {
namespace {

// Enough for several screens of a wide list: scrolling back finds its texts still laid out.
constexpr int keptTextLimit = 4000;

// The pen QCommonStyle gives an item's text.
QColor textColor(const QStyleOptionViewItem& option)
{
    QPalette::ColorGroup group
        = option.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !option.state.testFlag(QStyle::State_Active))
        group = QPalette::Inactive;
    return option.palette.color(
        group, option.state.testFlag(QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text);
}

// Where QCommonStyle puts a line of `size` in `area`: aligned horizontally as a QTextLine
// aligns it, to the fraction of a pixel; vertically as its rounded height.
QPointF position(Qt::Alignment alignment, QSizeF size, const QRect& area)
{
    qreal x = area.x();
    if (alignment & Qt::AlignRight)
        x += area.width() - size.width();
    else if (alignment & Qt::AlignHCenter)
        x += (area.width() - size.width()) / 2;
    const QRect line
        = QStyle::alignedRect(Qt::LeftToRight, alignment & Qt::AlignVertical_Mask, size.toSize(), area);
    return QPointF(x, line.top());
}

} // namespace

ShapedTextDelegate::ShapedTextDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
    , m_texts(keptTextLimit)
{
}

void ShapedTextDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    constexpr auto ownLayout = QStyleOptionViewItem::WrapText | QStyleOptionViewItem::HasDecoration
        | QStyleOptionViewItem::HasCheckIndicator;
    if (item.text.isEmpty() || (item.features & ownLayout) || item.direction == Qt::RightToLeft
        || item.text.contains(QLatin1Char('\n')) || item.text.contains(QChar::LineSeparator)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget* widget = item.widget;
    const QStyle* style = widget ? widget->style() : QApplication::style();
    // Where QCommonStyle puts the text of a cell with nothing else in it: the whole cell less
    // the focus frame's margin. (Asking the style, subElementRect(), would lay the text out.)
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect area = item.rect.adjusted(margin, 0, -margin, 0);
    const QStaticText& text = laidOut(item, area.width());
    const QColor pen = textColor(item);
    item.text.clear(); // the style draws the background, selection and focus; the text is ours
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    painter->save();
    painter->setClipRect(item.rect);
    painter->setPen(pen);
    painter->setFont(item.font);
    painter->drawStaticText(position(item.displayAlignment, text.size(), area), text);
    painter->restore();
}

const QStaticText& ShapedTextDelegate::laidOut(const QStyleOptionViewItem& option, int width) const
{
    Key key {option.text, option.font, width, option.textElideMode};
    if (const QStaticText* kept = m_texts.object(key))
        return *kept;
    auto text = std::make_unique<QStaticText>(option.text);
    text->setTextFormat(Qt::PlainText);
    text->prepare(QTransform(), option.font);
    if (text->size().width() > width && option.textElideMode != Qt::ElideNone) {
        text->setText(option.fontMetrics.elidedText(option.text, option.textElideMode, width));
        text->prepare(QTransform(), option.font);
    }
    QStaticText* laid = text.release();
    m_texts.insert(std::move(key), laid);
    return *laid;
}

} // namespace tyndau
