#pragma once

#include <QList>
#include <QStringList>

class QFormLayout;
class QLabel;
class QWidget;

namespace tyndau {

// The rows of an editor's form: each field beside a label whose buddy it is, so the label's
// accelerator (Alt+letter) focuses the field. Labels get their words in retranslate().
namespace FormRows {

// Adds the fields to `form` with labels made as children of `parent`, appended to `labels`.
void add(QWidget* parent, QFormLayout* form, const QList<QWidget*>& fields, QList<QLabel*>& labels);
// The labels' words, in the order the fields were added.
void setTexts(const QList<QLabel*>& labels, const QStringList& texts);

} // namespace FormRows
} // namespace tyndau
