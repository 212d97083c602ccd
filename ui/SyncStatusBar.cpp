#include "SyncStatusBar.h"

#include "core/AlmatyTime.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

namespace tyndau {

SyncStatusBar::SyncStatusBar(QWidget* parent)
    : QWidget(parent)
    , m_offline(new QLabel(this))
    , m_state(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_outbox(new QLabel(this))
    , m_last(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_offline->setStyleSheet(QStringLiteral("QLabel { background: #b00020; color: white; font-weight: bold; "
                                            "padding: 1px 8px; border-radius: 3px; }"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(true);
    for (QWidget* w :
         {static_cast<QWidget*>(m_offline), static_cast<QWidget*>(m_state), static_cast<QWidget*>(m_progress),
          static_cast<QWidget*>(m_outbox), static_cast<QWidget*>(m_last)})
        layout->addWidget(w);
    display(m_status);
}

void SyncStatusBar::display(const SyncStatus& status)
{
    m_status = status;
    retranslate();
}

bool SyncStatusBar::offlineShown() const
{
    return !m_offline->isHidden();
}

QString SyncStatusBar::stateText() const
{
    return m_state->text();
}

void SyncStatusBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SyncStatusBar::retranslate()
{
    const QLocale locale;
    auto timeOf = [&](const QDateTime& utc) {
        const QDateTime local = AlmatyTime::toLocal(utc);
        return local.date() == AlmatyTime::today() ? locale.toString(local.time(), QLocale::ShortFormat)
                                                   : locale.toString(local, QLocale::ShortFormat);
    };
    const SyncStatus& s = m_status;
    const bool offline = s.state == SyncStatus::State::Offline;
    m_offline->setVisible(offline);
    m_offline->setText(
        tr("OFFLINE since %1").arg(s.offlineSince.isValid() ? timeOf(s.offlineSince) : QStringLiteral("—")));
    m_offline->setAccessibleName(m_offline->text());

    switch (s.state) {
    case SyncStatus::State::Idle:
        m_state->setText(tr("Synchronized"));
        break;
    case SyncStatus::State::Syncing:
        m_state->setText(s.total > 0
                             ? tr("Syncing %1 of %2").arg(locale.toString(s.done), locale.toString(s.total))
                             : tr("Syncing: %1 received").arg(locale.toString(s.done)));
        break;
    case SyncStatus::State::Offline:
        m_state->setText(tr("Changes are kept here and sent when the server is back."));
        break;
    case SyncStatus::State::Error:
        m_state->setText(tr("Sync failed: %1").arg(s.message));
        break;
    }
    m_state->setToolTip(s.message);
    m_progress->setVisible(s.state == SyncStatus::State::Syncing);
    m_progress->setRange(0, s.total > 0 ? s.total : 0); // 0..0: busy, the total is not known
    m_progress->setValue(s.done);
    m_progress->setAccessibleName(tr("Sync progress"));
    m_outbox->setText(tr("Waiting to send: %1").arg(locale.toString(s.outboxCount)));
    m_last->setText(s.lastSuccess.isValid() ? tr("Last sync: %1").arg(timeOf(s.lastSuccess))
                                            : tr("Not synchronized yet"));
    setAccessibleDescription(QStringList {m_offline->isVisible() ? m_offline->text() : QString(),
                                          m_state->text(), m_outbox->text(), m_last->text()}
                                 .join(QLatin1Char(' ')));
}

} // namespace tyndau
