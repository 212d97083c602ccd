#include "LoginDialog.h"

#include "app/UiLanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tyndau {

LoginDialog::LoginDialog(UiLanguage& language, const QUrl& server, QWidget* parent)
    : QDialog(parent)
    , m_language(language)
    , m_languageBox(new QComboBox(this))
    , m_title(new QLabel(this))
    , m_serverLabel(new QLabel(this))
    , m_loginLabel(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_server(new QLineEdit(this))
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_demo(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    for (const QString& code : UiLanguage::available())
        m_languageBox->addItem(UiLanguage::nativeName(code), code);
    m_languageBox->setCurrentIndex(m_languageBox->findData(UiLanguage::current()));
    connect(m_languageBox, &QComboBox::activated, this,
            [this] { m_language.apply(m_languageBox->currentData().toString()); });

    m_server->setText(server.isEmpty() ? SignIn::lastServer().toString() : server.toString());
    m_login->setText(SignIn::lastLogin());
    m_password->setEchoMode(QLineEdit::Password);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_demo->setWordWrap(true);
    m_demo->setTextFormat(Qt::PlainText);
    m_title->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: bold;"));

    auto* form = new QFormLayout;
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_passwordLabel, m_password);
    m_serverLabel->setBuddy(m_server);
    m_loginLabel->setBuddy(m_login);
    m_passwordLabel->setBuddy(m_password);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_languageBox, 0, Qt::AlignRight);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_demo);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::signIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_server, &QLineEdit::textChanged, this, &LoginDialog::updateDemoHint);
    connect(&m_signIn, &SignIn::signedIn, this, [this](const Session& session, bool offline) {
        m_session = session;
        m_offline = offline;
        accept();
    });
    connect(&m_signIn, &SignIn::failed, this, &LoginDialog::showError);
    connect(&m_signIn, &SignIn::warning, this, [this](const QString& text) { m_warning = text; });

    (m_login->text().isEmpty() ? m_login : m_password)->setFocus();
    retranslate();
}

QString LoginDialog::message() const
{
    return m_message->text();
}

void LoginDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LoginDialog::retranslate()
{
    setWindowTitle(tr("Sign in — Tyndau"));
    m_title->setText(tr("Tyndau — public reception"));
    m_languageBox->setAccessibleName(tr("Interface language"));
    m_serverLabel->setText(tr("&Server:"));
    m_loginLabel->setText(tr("&Login:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_server->setPlaceholderText(tr("https://reception.example.kz"));
    m_server->setAccessibleName(tr("Server address"));
    m_login->setAccessibleName(tr("Login"));
    m_password->setAccessibleName(tr("Password"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));
    updateDemoHint();
}

void LoginDialog::updateDemoHint()
{
    const QString host = QUrl::fromUserInput(m_server->text()).host();
    const bool loopback = host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
    m_demo->setVisible(loopback);
    m_demo->setText(tr("Demo server: sign in as operator1, executor1, inspector1, supervisor1 or admin; the "
                       "password is \"demo\"."));
}

void LoginDialog::signIn()
{
    const QUrl server = QUrl::fromUserInput(m_server->text().trimmed());
    if (!server.isValid() || server.host().isEmpty()) {
        showError(Error {QStringLiteral("invalid"),
                         tr("Enter the server's address, e.g. https://reception.example.kz"),
                         QStringLiteral("server")});
        return;
    }
    if (m_login->text().trimmed().isEmpty()) {
        showError(Error {QStringLiteral("required"), tr("Enter your login."), QStringLiteral("login")});
        return;
    }
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Signing in…"));
    m_buttons->setEnabled(false);
    m_signIn.start(server, m_login->text().trimmed(), m_password->text());
}

void LoginDialog::showError(const Error& error)
{
    m_buttons->setEnabled(true);
    m_message->setText(error.message);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    QLineEdit* field = error.field == QLatin1String("server") ? m_server
        : error.field == QLatin1String("login")               ? m_login
                                                              : m_password;
    field->setFocus();
    field->selectAll();
}

} // namespace tyndau
