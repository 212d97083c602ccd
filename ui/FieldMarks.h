#pragma once

#include "core/Result.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;

namespace tyndau {

// Marks an editor's fields with what is wrong with them: a red border, the message as the
// field's tooltip and accessible description, all messages in one label, and the focus on the
// first problem. Nothing typed is touched.
class FieldMarks
{
public:
    enum class Focus
    {
        FirstProblem,
        Keep, // a field checked as the operator leaves it: the focus goes where they went
    };

    explicit FieldMarks(QLabel* messages);

    void add(const QString& field, QWidget* editor);
    void show(const QList<Error>& problems, Focus focus = Focus::FirstProblem);
    void showMessage(const QString& text, bool problem);
    void clear();

private:
    QPointer<QLabel> m_messages;
    QHash<QString, QPointer<QWidget>> m_editors;
};

} // namespace tyndau
