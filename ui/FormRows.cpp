#include "FormRows.h"

#include <QFormLayout>
#include <QLabel>

namespace tyndau::FormRows {

void add(QWidget* parent, QFormLayout* form, const QList<QWidget*>& fields, QList<QLabel*>& labels)
{
    for (QWidget* field : fields) {
        auto* label = new QLabel(parent);
        label->setBuddy(field);
        labels.append(label);
        form->addRow(label, field);
    }
}

void setTexts(const QList<QLabel*>& labels, const QStringList& texts)
{
    for (int i = 0; i < labels.size() && i < texts.size(); ++i)
        labels.at(i)->setText(texts.at(i));
}

} // namespace tyndau::FormRows
