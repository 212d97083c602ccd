#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace tyndau {

class AdminClient;
class ApiKeyListModel;

// The Open311 API keys of the outside channels (web portal, mobile app, social-network
// bots). A new key is shown here once, to be handed over; the server keeps only its hash.
// Revoking stops it at once.
class ApiKeysPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ApiKeysPanel(AdminClient& client, QWidget* parent = nullptr);

    ApiKeyListModel* keys() const { return m_keys; }
    QTableView* keyView() const { return m_view; }
    QString shownKey() const; // the new key while it is shown, else ""
    QString message() const;
    void refresh();
    void createKey(const QString& channelCode, const QString& label);
    void revokeSelected();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showError(const QString& message);

    AdminClient& m_client;
    ApiKeyListModel* m_keys = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_title = nullptr;
    QComboBox* m_channel = nullptr;
    QLineEdit* m_label = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_revoke = nullptr;
    QLineEdit* m_newKey = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace tyndau
