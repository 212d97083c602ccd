#include "FieldMarks.h"

#include <QLabel>

namespace tyndau {

FieldMarks::FieldMarks(QLabel* messages)
    : m_messages(messages)
{
    m_messages->setWordWrap(true);
    m_messages->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void FieldMarks::add(const QString& field, QWidget* editor)
{
    m_editors.insert(field, editor);
}

void FieldMarks::show(const QList<Error>& problems, Focus focus)
{
    clear();
    QStringList lines;
    QWidget* first = nullptr;
    for (const Error& e : problems) {
        lines.append(e.message);
        QWidget* editor = m_editors.value(e.field);
        if (!editor)
            continue;
        editor->setStyleSheet(QStringLiteral("border: 2px solid #b00020;"));
        editor->setToolTip(e.message);
        editor->setAccessibleDescription(e.message);
        if (!first)
            first = editor;
    }
    showMessage(lines.join(QLatin1Char('\n')), true);
    if (first && focus == Focus::FirstProblem)
        first->setFocus();
}

void FieldMarks::showMessage(const QString& text, bool problem)
{
    m_messages->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    m_messages->setText(text);
}

void FieldMarks::clear()
{
    for (const QPointer<QWidget>& editor : std::as_const(m_editors)) {
        if (!editor)
            continue;
        editor->setStyleSheet(QString());
        editor->setToolTip(QString());
        editor->setAccessibleDescription(QString());
    }
    showMessage(QString(), false);
}

} // namespace tyndau
