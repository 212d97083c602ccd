#pragma once

#include "db/RequestListStore.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

namespace tyndau {

class ReferenceData;

// The filters above the requests list: free text (a number, or words from the citizen, the
// address and the description), status, deadline, district, category, executor, channel,
// kind and "my requests". Typing waits for a pause before filtering.
class RequestFilterBar : public QWidget
{
    Q_OBJECT

public:
    RequestFilterBar(const ReferenceData& reference, QString myLogin, QWidget* parent = nullptr);

    RequestFilter filter() const;
    QLineEdit* textEdit() const { return m_text; }
    QComboBox* statusBox() const { return m_status; }
    QComboBox* deadlineBox() const { return m_deadline; }
    QComboBox* districtBox() const { return m_district; }
    QCheckBox* mineBox() const { return m_mine; }
    void reset();

signals:
    void filterChanged(const tyndau::RequestFilter& filter);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();
    void retranslate();
    void changed();

    const ReferenceData& m_reference;
    QString m_login;
    QLineEdit* m_text = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_deadline = nullptr;
    QComboBox* m_district = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_org = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_kind = nullptr;
    QCheckBox* m_mine = nullptr;
    QPushButton* m_reset = nullptr;
    QTimer m_typing;
    bool m_filling = false;
};

} // namespace tyndau
