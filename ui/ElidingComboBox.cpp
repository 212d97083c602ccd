#include "ElidingComboBox.h"

#include <QEvent>
#include <QStyleOptionComboBox>
#include <QStylePainter>

namespace tyndau {

ElidingComboBox::ElidingComboBox(QWidget* parent)
    : QComboBox(parent)
{
    connect(this, &QComboBox::currentTextChanged, this, &ElidingComboBox::updateToolTip);
}

int ElidingComboBox::fieldWidth() const
{
    QStyleOptionComboBox option;
    initStyleOption(&option);
    // CE_ComboBoxLabel draws the text one pixel in from each side of the field.
    return style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this).width()
        - 2;
}

QString ElidingComboBox::shownText() const
{
    if (!paintsItself())
        return currentText();
    return fontMetrics().elidedText(currentText(), Qt::ElideRight, fieldWidth());
}

// An editable combo's line edit scrolls its text; an item with an icon is laid out by the
// style: both are Qt's to paint.
bool ElidingComboBox::paintsItself() const
{
    return !isEditable() && itemIcon(currentIndex()).isNull();
}

void ElidingComboBox::paintEvent(QPaintEvent* event)
{
    if (!paintsItself()) {
        QComboBox::paintEvent(event);
        return;
    }
    // As QComboBox paints itself, the text elided.
    QStylePainter painter(this);
    painter.setPen(palette().color(QPalette::Text));
    QStyleOptionComboBox option;
    initStyleOption(&option);
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    if (currentIndex() < 0 && !placeholderText().isEmpty()) {
        option.palette.setBrush(QPalette::ButtonText, option.palette.placeholderText());
        option.currentText = placeholderText();
    } else {
        option.currentText = shownText();
    }
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

void ElidingComboBox::resizeEvent(QResizeEvent* event)
{
    QComboBox::resizeEvent(event);
    updateToolTip();
}

void ElidingComboBox::changeEvent(QEvent* event)
{
    QComboBox::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateToolTip();
}

void ElidingComboBox::updateToolTip()
{
    setToolTip(!paintsItself() || shownText() == currentText() ? QString() : currentText());
}

} // namespace tyndau
