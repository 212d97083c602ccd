#pragma once

#include "FieldMarks.h"
#include "core/ReferenceData.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTreeView;

namespace tyndau {

class LocalCache;
class OrganizationListModel;

// The executing organizations: the list, and an editor for one (its kind, its name in
// Kazakh, Russian and English, its phone, and the categories and districts it serves, which
// decide the executor the register form suggests). A change is local first, like every
// other, and reaches the server and the other workstations with the next sync.
class OrganizationsPanel : public QWidget
{
    Q_OBJECT

public:
    OrganizationsPanel(LocalCache& cache, QWidget* parent = nullptr);

    OrganizationListModel* organizations() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* nameRuEdit() const { return m_nameRu; }
    QString message() const;
    void startNew();
    void edit(int row);
    void fill(const Organization& organization);
    void save();
    void refresh(); // after a sync brought another admin's change

signals:
    void changed(); // queued: time to sync

protected:
    void changeEvent(QEvent* event) override;

private:
    Organization fromForm() const;
    void fillChoices();
    void retranslate();

    LocalCache& m_cache;
    OrganizationListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_code = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_nameKk = nullptr;
    QLineEdit* m_nameRu = nullptr;
    QLineEdit* m_nameEn = nullptr;
    QLineEdit* m_phone = nullptr;
    // What the form was filled with, and whether the admin has typed over it since: a sync
    // that brings the lists again keeps what is typed, and says so if the organization changed.
    Organization m_loaded;
    bool m_edited = false;
    bool m_filling = false;
    QStandardItemModel* m_categoryChoices = nullptr;
    QTreeView* m_categories = nullptr;
    QStandardItemModel* m_districtChoices = nullptr;
    QListView* m_districts = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_message = nullptr;
    QList<QLabel*> m_labels;
    FieldMarks m_marks;
};

} // namespace tyndau
