#pragma once

#include "core/Request.h"
#include "core/Result.h"

#include <QUuid>
#include <QWidget>

class QLabel;
class QPushButton;

namespace tyndau {

class LocalCache;
class RegisterForm;
class RegisterSidePanel;
class RegistrationDraft;

// Register a request: the form, the look-alikes and knowledge base beside it, and the ways
// to save. Enter saves, Esc clears (asking first when anything was typed). The provisional
// number shows at once; the official one after the next sync (refresh()).
class RegisterWorkspace : public QWidget
{
    Q_OBJECT

public:
    RegisterWorkspace(LocalCache& cache, RegistrationDraft& draft, QWidget* parent = nullptr);

    RegisterForm* form() const { return m_form; }
    RegisterSidePanel* sidePanel() const { return m_side; }
    QString outcome() const; // what the line under the form says
    QUuid lastSaved() const { return m_lastSaved; }
    void refresh(); // after a sync: the last saved request's official number
    void clearAsked(); // Esc: asks first (a QMessageBox child) when anything was typed

signals:
    void saved(const QUuid& requestId);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void save();
    void clearNow();
    void consult(qint64 articleId);
    void link(const QUuid& requestId);
    void report(const Result<Request>& result);
    void retranslate();

    LocalCache& m_cache;
    RegistrationDraft& m_draft;
    RegisterForm* m_form = nullptr;
    RegisterSidePanel* m_side = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_clear = nullptr;
    QLabel* m_outcome = nullptr;
    QUuid m_lastSaved;
    bool m_restored = false;
};

} // namespace tyndau
