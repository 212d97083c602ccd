#pragma once

#include <QWidget>

class QTabWidget;

namespace tyndau {

class AdminClient;
class ApiKeysPanel;
class AuditPanel;
class CategoriesPanel;
class LocalCache;
class OrganizationsPanel;
class PolicyEditor;
class UsersPanel;

// The administrator's workspace, one tab per thing an admin runs: the deadline policy (terms
// and the holiday calendar), user accounts, organizations and what they serve, the category
// tree, the Open311 API keys of the outside channels, and the audit log of all of it.
// Policy, organizations and categories are local-first operations that sync; accounts, keys
// and the log live on the server and are read when the workspace is opened.
class AdministrationWorkspace : public QWidget
{
    Q_OBJECT

public:
    AdministrationWorkspace(AdminClient& client, LocalCache& cache, QWidget* parent = nullptr);

    PolicyEditor* policyEditor() const { return m_policy; }
    UsersPanel* usersPanel() const { return m_users; }
    OrganizationsPanel* organizationsPanel() const { return m_organizations; }
    CategoriesPanel* categoriesPanel() const { return m_categories; }
    ApiKeysPanel* apiKeysPanel() const { return m_keys; }
    AuditPanel* auditPanel() const { return m_audit; }
    QTabWidget* tabs() const { return m_tabs; }

    void refresh(); // what lives on the server: accounts, keys, the audit log
    void referenceChanged(); // a sync brought another admin's policy, organizations or categories

signals:
    void changed(); // a local change is queued: time to sync

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    PolicyEditor* m_policy = nullptr;
    UsersPanel* m_users = nullptr;
    OrganizationsPanel* m_organizations = nullptr;
    CategoriesPanel* m_categories = nullptr;
    ApiKeysPanel* m_keys = nullptr;
    AuditPanel* m_audit = nullptr;
    QTabWidget* m_tabs = nullptr;
};

} // namespace tyndau
