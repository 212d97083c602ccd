#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace tyndau {

class AdminClient;
class AuditListModel;

// The audit log: every administrator's change, newest first, read from the server a page at
// a time (who, when, what, and the change itself; never a password or a key).
class AuditPanel : public QWidget
{
    Q_OBJECT

public:
    AuditPanel(AdminClient& client, QWidget* parent = nullptr);

    AuditListModel* entries() const { return m_model; }
    void refresh();
    void loadOlder();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    AdminClient& m_client;
    AuditListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_older = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace tyndau
