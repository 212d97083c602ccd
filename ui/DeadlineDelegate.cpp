#include "DeadlineDelegate.h"

#include "core/DeadlinePolicy.h"

namespace tyndau {

DeadlineDelegate::DeadlineDelegate(int stateRole, QObject* parent)
    : ShapedTextDelegate(parent)
    , m_stateRole(stateRole)
{
}

void DeadlineDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    ShapedTextDelegate::initStyleOption(option, index);
    switch (DeadlineState(index.data(m_stateRole).toInt())) {
    case DeadlineState::Overdue:
        option->backgroundBrush = QColor(0xf8, 0xd7, 0xda);
        option->palette.setColor(QPalette::Text, QColor(0x84, 0x20, 0x29));
        option->text = QStringLiteral("⚠ ") + option->text;
        break;
    case DeadlineState::DueSoon:
        option->backgroundBrush = QColor(0xff, 0xf3, 0xcd);
        option->palette.setColor(QPalette::Text, QColor(0x66, 0x4d, 0x03));
        option->text = QStringLiteral("⏳ ") + option->text;
        break;
    case DeadlineState::OnTrack:
    case DeadlineState::None:
        break;
    }
}

} // namespace tyndau
