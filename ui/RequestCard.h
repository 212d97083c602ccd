#pragma once

#include "app/AttachmentListModel.h"
#include "app/HistoryModel.h"
#include "core/Request.h"
#include "core/Workflow.h"

#include <QWidget>

class QFormLayout;
class QGridLayout;
class QLabel;
class QListView;

namespace tyndau {

class AttachmentFiles;
class LocalCache;

// One request whole: every field, the history as a timeline, the executor's answer, the
// attachments (opened with a double-click or Enter, fetched from the server when another
// workstation attached them), and a button for exactly the actions the user's role may take
// on it now.
class RequestCard : public QWidget
{
    Q_OBJECT

public:
    RequestCard(LocalCache& cache, Actor actor, QWidget* parent = nullptr);

    void showRequest(const QUuid& id); // a null id empties the card
    QUuid requestId() const { return m_request.id; }
    QStringList actionTexts() const; // the action buttons shown, for tests
    QString fieldText(const QString& label) const;
    void setAttachmentFiles(AttachmentFiles* files); // without it, attachments are only listed
    QString attachmentStatus() const; // what the card says of the file last opened, for tests

signals:
    void actionRequested(const tyndau::Request& request, tyndau::Action action);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void addField(const QString& label, const QString& value);
    void openAttachment(const QModelIndex& index);
    void showAttachmentStatus(const QString& text, bool problem);

    LocalCache& m_cache;
    Actor m_actor;
    Request m_request;
    HistoryModel m_history;
    QLabel* m_title = nullptr;
    QLabel* m_error = nullptr;
    QFormLayout* m_fields = nullptr;
    QLabel* m_historyTitle = nullptr;
    QListView* m_timeline = nullptr;
    AttachmentListModel m_attachmentList;
    QLabel* m_attachmentsTitle = nullptr;
    QListView* m_attachments = nullptr;
    QLabel* m_attachmentStatus = nullptr;
    AttachmentFiles* m_files = nullptr;
    QUuid m_openedFrom; // the request a file was last opened from
    QGridLayout* m_actions = nullptr;
};

} // namespace tyndau
