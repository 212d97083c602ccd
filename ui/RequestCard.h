#pragma once

#include "app/HistoryModel.h"
#include "core/Request.h"
#include "core/Workflow.h"

#include <QWidget>

class QFormLayout;
class QGridLayout;
class QLabel;
class QListView;

namespace tyndau {

class LocalCache;

// One request whole: every field, the history as a timeline, the executor's answer, the
// attachments, and a button for exactly the actions the user's role may take on it now.
class RequestCard : public QWidget
{
    Q_OBJECT

public:
    RequestCard(LocalCache& cache, Actor actor, QWidget* parent = nullptr);

    void showRequest(const QUuid& id); // a null id empties the card
    QUuid requestId() const { return m_request.id; }
    QStringList actionTexts() const; // the action buttons shown, for tests
    QString fieldText(const QString& label) const;

signals:
    void actionRequested(const tyndau::Request& request, tyndau::Action action);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void addField(const QString& label, const QString& value);

    LocalCache& m_cache;
    Actor m_actor;
    Request m_request;
    HistoryModel m_history;
    QLabel* m_title = nullptr;
    QLabel* m_error = nullptr;
    QFormLayout* m_fields = nullptr;
    QLabel* m_historyTitle = nullptr;
    QListView* m_timeline = nullptr;
    QGridLayout* m_actions = nullptr;
};

} // namespace tyndau
