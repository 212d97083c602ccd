#include "AuditPanel.h"

#include "app/AdminClient.h"
#include "app/AuditListModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tyndau {

AuditPanel::AuditPanel(AdminClient& client, QWidget* parent)
    : QWidget(parent)
    , m_client(*client.clone(this))
    , m_model(new AuditListModel(this))
    , m_view(new QTableView(this))
    , m_refresh(new QPushButton(this))
    , m_older(new QPushButton(this))
    , m_message(new QLabel(this))
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_older);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);

    connect(m_refresh, &QPushButton::clicked, this, &AuditPanel::refresh);
    connect(m_older, &QPushButton::clicked, this, &AuditPanel::loadOlder);
    connect(&m_client, &AdminClient::auditListed, this, [this](const QList<AuditEntry>& page, qint64 before) {
        m_message->clear();
        if (before != 0 && before != m_model->oldestId())
            return; // an answer to a question asked twice
        m_model->addPage(page, before);
        m_older->setEnabled(!page.isEmpty());
        m_view->resizeColumnsToContents();
    });
    connect(&m_client, &AdminClient::failed, this, [this](const Error& e) { m_message->setText(e.message); });
    retranslate();
}

void AuditPanel::refresh()
{
    m_client.listAudit(0);
}

void AuditPanel::loadOlder()
{
    if (m_model->oldestId() > 0) {
        m_older->setEnabled(false); // one page at a time: a second click would fetch it twice
        m_client.listAudit(m_model->oldestId());
    }
}

void AuditPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AuditPanel::retranslate()
{
    m_refresh->setText(tr("&Refresh"));
    m_older->setText(tr("&Older entries"));
    m_view->setAccessibleName(tr("Audit log"));
}

} // namespace tyndau
