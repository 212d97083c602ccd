#pragma once

#include "core/Workflow.h"
#include "db/RequestListStore.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace tyndau {

class LocalCache;
class RequestCard;
class RequestFilterBar;
class RequestListModel;

// Every request in the cache the user may see: filters, a list read a page at a time
// (fetchMore over keyset pages), counts, and the chosen request's card with its actions.
// In review mode, the inspector's queue: what waits for a decision, nearest deadline first.
class RequestsWorkspace : public QWidget
{
    Q_OBJECT

public:
    enum class Mode
    {
        All, // every request the role may see, newest first
        Review, // the inspector's queue: answered or asking for an extension, nearest deadline first
        Queue, // an executor's: to take, returned for rework, in work; nearest deadline first
    };

    RequestsWorkspace(LocalCache& cache, Actor actor, Mode mode = Mode::All, QWidget* parent = nullptr);

    RequestListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    RequestFilterBar* filterBar() const { return m_filters; }
    RequestCard* card() const { return m_card; }
    QString countText() const;
    void refresh(); // after a sync
    void open(const QUuid& id); // shows it in the card, clearing filters that hide it
    // The requests behind a figure of the statistics; "Reset filters" returns to the bar's.
    void showFiltered(const RequestFilter& filter, const QString& what);

signals:
    void actionQueued(); // a new entry in the outbox: time to sync

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateCount();
    RequestFilter withMode(RequestFilter filter) const;
    Mode m_mode = Mode::All;
    QString m_drilledFrom; // what the statistics drilled down to, while its filter is shown
    void showCurrent();

    LocalCache& m_cache;
    Actor m_actor;
    RequestListModel* m_model = nullptr;
    RequestFilterBar* m_filters = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_count = nullptr;
    RequestCard* m_card = nullptr;
};

} // namespace tyndau
