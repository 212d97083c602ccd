#pragma once

#include "ShapedTextDelegate.h"

namespace tyndau {

// Marks a request's deadline state in the list: a coloured band and a sign (⚠ overdue,
// ⏳ due soon) before the text, which names the state too, so it reads without colour.
class DeadlineDelegate : public ShapedTextDelegate
{
    Q_OBJECT

public:
    explicit DeadlineDelegate(int stateRole, QObject* parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    int m_stateRole;
};

} // namespace tyndau
