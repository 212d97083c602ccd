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

// Where QCommonStyle puts the text's line: across the whole text area (the line aligns
// itself, see laidOut()), and vertically as its rounded height.
QPointF position(Qt::Alignment alignment, QSizeF size, const QRect& area)
{
    const QRect line
        = QStyle::alignedRect(Qt::LeftToRight, alignment & Qt::AlignVertical_Mask, size.toSize(), area);
    return QPointF(area.x(), line.top());
}

// Cells Qt's delegate would draw differently from the text this one keeps: with an icon, a
// check box, several lines, right-to-left, being edited, a selection only behind the text,
// or a style sheet's rules.
bool leftToTheStyle(const QStyleOptionViewItem& item, const QStyle* style)
{
    constexpr auto ownLayout = QStyleOptionViewItem::WrapText | QStyleOptionViewItem::HasDecoration
        | QStyleOptionViewItem::HasCheckIndicator;
    return item.text.isEmpty() || (item.features & ownLayout) || item.direction == Qt::RightToLeft
        || item.text.contains(QLatin1Char('\n')) || item.text.contains(QChar::LineSeparator)
        || item.state.testFlag(QStyle::State_Editing) || !item.showDecorationSelected
        || style->inherits("QStyleSheetStyle");
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
    const QWidget* widget = item.widget;
    const QStyle* style = widget ? widget->style() : QApplication::style();
    if (leftToTheStyle(item, style)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
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
    const Qt::Alignment horizontal = option.displayAlignment & Qt::AlignHorizontal_Mask;
    Key key {option.text, option.font, width, option.textElideMode, horizontal};
    if (const QStaticText* kept = m_texts.object(key))
        return *kept;
    auto text = std::make_unique<QStaticText>(option.text);
    text->setTextFormat(Qt::PlainText);
    // One line, left to right, as QCommonStyle lays a cell out.
    QTextOption line(horizontal);
    line.setWrapMode(QTextOption::ManualWrap);
    line.setTextDirection(option.direction);
    text->setTextOption(line);
    text->prepare(QTransform(), option.font);
    const bool elided = text->size().width() > width && option.textElideMode != Qt::ElideNone;
    if (elided)
        text->setText(QFontMetrics(option.font).elidedText(option.text, option.textElideMode, width));
    // A line aligned right or centred is aligned by QTextLine across the whole width, to the
    // fraction of a pixel, as QCommonStyle's is; a left-aligned one needs no second layout.
    const bool aligned = horizontal & (Qt::AlignRight | Qt::AlignHCenter | Qt::AlignTrailing);
    if (aligned)
        text->setTextWidth(width);
    if (elided || aligned)
        text->prepare(QTransform(), option.font);
    QStaticText* laid = text.release();
    m_texts.insert(std::move(key), laid);
    return *laid;
}

} // namespace tyndau
