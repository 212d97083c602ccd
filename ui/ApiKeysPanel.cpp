#include "ApiKeysPanel.h"

#include "app/AdminClient.h"
#include "app/ApiKeyListModel.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tyndau {

ApiKeysPanel::ApiKeysPanel(AdminClient& client, QWidget* parent)
    : QWidget(parent)
    , m_client(*client.clone(this))
    , m_keys(new ApiKeyListModel(this))
    , m_view(new QTableView(this))
    , m_title(new QLabel(this))
    , m_channel(new QComboBox(this))
    , m_label(new QLineEdit(this))
    , m_create(new QPushButton(this))
    , m_revoke(new QPushButton(this))
    , m_newKey(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    m_title->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold;"));
    m_view->setModel(m_keys);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_newKey->setReadOnly(true);
    m_newKey->hide();
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* form = new QGridLayout;
    form->addWidget(m_channel, 0, 0);
    form->addWidget(m_label, 0, 1);
    form->addWidget(m_create, 0, 2);
    form->setColumnStretch(1, 1);
    auto* keysLayout = new QVBoxLayout(this);
    keysLayout->addWidget(m_title);
    keysLayout->addLayout(form);
    keysLayout->addWidget(m_newKey);
    keysLayout->addWidget(m_message);
    keysLayout->addWidget(m_view, 1);
    keysLayout->addWidget(m_revoke, 0, Qt::AlignLeft);

    connect(m_create, &QPushButton::clicked, this,
            [this] { createKey(m_channel->currentData().toString(), m_label->text()); });
    connect(m_label, &QLineEdit::returnPressed, m_create, &QPushButton::click);
    connect(m_revoke, &QPushButton::clicked, this, &ApiKeysPanel::revokeSelected);
    connect(&m_client, &AdminClient::keysListed, m_keys, &ApiKeyListModel::setKeys);
    connect(&m_client, &AdminClient::keyCreated, this, [this](qint64, const QString& key) {
        m_newKey->setText(key);
        m_newKey->show();
        m_newKey->selectAll();
        m_newKey->setFocus();
        m_label->clear();
        m_message->setStyleSheet(QString());
        m_message->setText(
            tr("The new key is shown this once: copy it now and hand it to the channel. The server "
               "keeps only its hash."));
        refresh();
    });
    connect(&m_client, &AdminClient::keyRevoked, this, [this] {
        m_message->setStyleSheet(QString());
        m_message->setText(tr("The key is revoked: requests sent with it are refused from now on."));
        refresh();
    });
    connect(&m_client, &AdminClient::failed, this, [this](const Error& e) { showError(e.message); });
    retranslate();
}

QString ApiKeysPanel::shownKey() const
{
    return m_newKey->isHidden() ? QString() : m_newKey->text();
}

QString ApiKeysPanel::message() const
{
    return m_message->text();
}

void ApiKeysPanel::refresh()
{
    m_client.listKeys();
}

void ApiKeysPanel::createKey(const QString& channelCode, const QString& label)
{
    const auto channel = fromCode<Channel>(channelCode);
    if (!channel || label.trimmed().isEmpty()) {
        showError(tr("Name the key, e.g. the portal or bot it is for."));
        m_label->setFocus();
        return;
    }
    m_client.createKey(*channel, label.trimmed());
}

void ApiKeysPanel::revokeSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        showError(tr("Choose the key to revoke."));
        return;
    }
    m_client.revokeKey(current.data(ApiKeyListModel::IdRole).toLongLong());
}

void ApiKeysPanel::showError(const QString& message)
{
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setText(message);
}

void ApiKeysPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ApiKeysPanel::retranslate()
{
    m_title->setText(tr("Open311 API keys of the outside channels"));
    const QString keep = m_channel->currentData().toString();
    m_channel->clear();
    for (Channel c : {Channel::WebPortal, Channel::MobileApp, Channel::SocialNetwork})
        m_channel->addItem(displayName(c), toCode(c));
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(keep)));
    m_channel->setAccessibleName(tr("Channel"));
    m_label->setPlaceholderText(tr("Name: the portal or bot the key is for"));
    m_label->setAccessibleName(tr("Name of the key"));
    m_create->setText(tr("&New key"));
    m_revoke->setText(tr("&Revoke the chosen key"));
    m_newKey->setAccessibleName(tr("The new key"));
    m_view->setAccessibleName(tr("API keys"));
}

} // namespace tyndau
