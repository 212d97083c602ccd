#pragma once

#include "FieldMarks.h"
#include "core/ReferenceData.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTreeView;

namespace tyndau {

class LocalCache;

// The category tree: names in Kazakh, Russian and English and the season of each category,
// and new categories, at the top or under the chosen one. A category's code is its place in
// the tree, so an existing one is renamed, never moved. Local first, like every change.
class CategoriesPanel : public QWidget
{
    Q_OBJECT

public:
    CategoriesPanel(LocalCache& cache, QWidget* parent = nullptr);

    QTreeView* view() const { return m_view; }
    QStandardItemModel* tree() const { return m_tree; }
    QString message() const;
    void select(const QString& code);
    // A new category under `parentCode` ("" for the top), its code's last word typed next.
    void startNew(const QString& parentCode);
    void fill(const Category& category);
    void save();
    void refresh(); // after a change or a sync

signals:
    void changed(); // queued: time to sync

protected:
    void changeEvent(QEvent* event) override;

private:
    Category fromForm() const;
    void edit(const QString& code);
    void retranslate();

    LocalCache& m_cache;
    QStandardItemModel* m_tree = nullptr;
    QTreeView* m_view = nullptr;
    QLabel* m_parent = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_nameKk = nullptr;
    QLineEdit* m_nameRu = nullptr;
    QLineEdit* m_nameEn = nullptr;
    QComboBox* m_season = nullptr;
    QPushButton* m_newTop = nullptr;
    QPushButton* m_newChild = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_message = nullptr;
    QList<QLabel*> m_labels;
    FieldMarks m_marks;
    QString m_parentCode;
    bool m_isNew = true;
};

} // namespace tyndau
