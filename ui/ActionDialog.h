#pragma once

#include "core/Request.h"
#include "core/Workflow.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace tyndau {

class LocalCache;

// Asks for what an action needs (a reason, the answer, the executor, extra days, the
// citizen's satisfaction), checks it against the workflow and queues it locally. A refusal
// is shown in the dialog, with everything typed kept.
class ActionDialog : public QDialog
{
    Q_OBJECT

public:
    ActionDialog(LocalCache& cache, Actor actor, Request request, Action action, QWidget* parent = nullptr);

    QString problem() const; // the message shown, if any

private:
    void submit();
    ActionInput input() const;

    LocalCache& m_cache;
    Actor m_actor;
    Request m_request;
    Action m_action;
    QPlainTextEdit* m_comment = nullptr;
    QPlainTextEdit* m_answer = nullptr;
    QComboBox* m_org = nullptr;
    QSpinBox* m_days = nullptr;
    QSpinBox* m_satisfaction = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace tyndau
