#pragma once

#include "app/SignIn.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace tyndau {

class UiLanguage;

// Server address, login and password. The server and login are remembered; the token goes
// to the keychain (SignIn). When the server cannot be reached, the remembered session opens
// offline, and the dialog says so. On a loopback server (./dev.sh demo) it lists the demo
// users, so a newcomer can get in.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(UiLanguage& language, const QUrl& server, QWidget* parent = nullptr);

    const Session& session() const { return m_session; }
    bool offline() const { return m_offline; }
    QString message() const; // what the dialog says now (an error, or that it is working)
    QString warning() const { return m_warning; } // e.g. the keychain kept nothing: for the main window

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void signIn();
    void showError(const Error& error);
    void updateDemoHint();

    UiLanguage& m_language;
    SignIn m_signIn;
    Session m_session;
    bool m_offline = false;
    QString m_warning;
    QComboBox* m_languageBox = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_serverLabel = nullptr;
    QLabel* m_loginLabel = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_server = nullptr;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_demo = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace tyndau
