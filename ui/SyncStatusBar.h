#pragma once

#include "app/SyncStatus.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace tyndau {

// The status bar's sync corner: what sync is doing, a progress bar while it works, the time
// of the last successful sync, how many changes wait in the outbox, and an unmistakable
// offline badge (words, not only colour).
class SyncStatusBar : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusBar(QWidget* parent = nullptr);

    void display(const SyncStatus& status);
    QString stateText() const; // for tests and the accessible description
    bool offlineShown() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    SyncStatus m_status;
    QLabel* m_offline = nullptr;
    QLabel* m_state = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_outbox = nullptr;
    QLabel* m_last = nullptr;
};

} // namespace tyndau
