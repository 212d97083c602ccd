#pragma once

#include "core/Vocabulary.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace tyndau {

class LocalCache;

// The admin's deadline policy: the term in working days per kind of request, and the
// calendar's exceptions for a year (holidays, transferred days off, working Saturdays),
// added and removed. Changes are local first and reach every workstation through sync.
class PolicyEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PolicyEditor(LocalCache& cache, QWidget* parent = nullptr);

    QSpinBox* termBox(RequestKind kind) const { return m_terms.value(kind); }
    QTableView* dayView() const { return m_days; }
    QString message() const;
    void saveTerms();
    void addDay(QDate date, int kindIndex, const QString& name);
    void removeChosenDay();
    void refresh(); // from the cache's policy (after a sync brought another admin's change)

signals:
    void changed(); // queued: time to sync

private:
    void say(const QString& text, bool problem);

    LocalCache& m_cache;
    QHash<RequestKind, QSpinBox*> m_terms;
    QSpinBox* m_year = nullptr;
    QStandardItemModel* m_model = nullptr;
    QTableView* m_days = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace tyndau
