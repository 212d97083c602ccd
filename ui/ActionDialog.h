#pragma once

#include "app/LocalRequests.h"
#include "core/Request.h"
#include "core/Workflow.h"

#include <QDialog>
#include <QStringListModel>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace tyndau {

class LocalCache;

// Asks for what an action needs (a reason, the answer with the measures taken, the legal
// basis and photos or documents, the executor, extra days, the citizen's satisfaction, the inspector's
// quality checklist), checks it against the workflow and queues it locally. A refusal is shown in the dialog,
// with everything typed kept.
class ActionDialog : public QDialog
{
    Q_OBJECT

public:
    ActionDialog(LocalCache& cache, Actor actor, Request request, Action action, QWidget* parent = nullptr);

    QString problem() const; // the message shown, if any
    QList<QCheckBox*> criteria() const { return m_criteria; }
    QPlainTextEdit* field(const QString& name) const; // "answer", "measures", "legal_basis", "comment"
    // Adds a photo or document to an answer; false (with the reason shown) when it may not be.
    bool attach(const QString& path);
    QStringList attachedFiles() const { return m_fileNames ? m_fileNames->stringList() : QStringList(); }

private:
    void submit();
    void addChecklist(QFormLayout* form);
    void addAnswer(QFormLayout* form);
    void addFiles(QFormLayout* form);
    ActionInput input() const;

    LocalCache& m_cache;
    Actor m_actor;
    Request m_request;
    Action m_action;
    QPlainTextEdit* m_comment = nullptr;
    QPlainTextEdit* m_answer = nullptr;
    QPlainTextEdit* m_measures = nullptr; // Answer: what was done, and when
    QPlainTextEdit* m_legalBasis = nullptr;
    QList<QCheckBox*> m_criteria; // Accept and Return: the quality checklist
    QLabel* m_score = nullptr;
    QComboBox* m_org = nullptr;
    QSpinBox* m_days = nullptr;
    QSpinBox* m_satisfaction = nullptr;
    QLabel* m_problem = nullptr;
    QStringListModel* m_fileNames = nullptr;
    QList<LocalFile> m_files;
};

} // namespace tyndau
