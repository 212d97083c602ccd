#pragma once

#include "FieldMarks.h"
#include "core/User.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace tyndau {

class AdminClient;
class ReferenceData;
class UserListModel;

// The administrator's user accounts: the list, and an editor for one account (login, name,
// role, organization for an executor, active, a new password). Saved online: a password
// never waits in the outbox. A deactivation or a new role ends the person's sessions.
class UsersPanel : public QWidget
{
    Q_OBJECT

public:
    UsersPanel(AdminClient& client, const ReferenceData& reference, QWidget* parent = nullptr);

    UserListModel* users() const { return m_model; }
    QTableView* view() const { return m_view; }
    QString message() const;
    void refresh();
    void startNew();
    void edit(int row);
    // The editor's fields, for tests and scripts; save() checks them and sends them.
    void fill(const User& user, const QString& password);
    void save();
    void referenceChanged(); // a sync brought new organizations: the choice follows

protected:
    void changeEvent(QEvent* event) override;

private:
    User fromForm() const;
    void retranslate();
    void fillOrganizations();

    AdminClient& m_client;
    const ReferenceData& m_reference;
    UserListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
    QComboBox* m_organization = nullptr;
    QCheckBox* m_active = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_message = nullptr;
    QList<QLabel*> m_labels;
    FieldMarks m_marks;
    bool m_isNew = true;
};

} // namespace tyndau
