#pragma once

#include <QUuid>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace tyndau {

class RegistrationDraft;

// Beside the request form, updated as the operator types: open requests that look like
// this one and open mass incidents (F8 links the call to the chosen one), and the
// knowledge-base articles that answer it (F9 closes it as a consultation).
class RegisterSidePanel : public QWidget
{
    Q_OBJECT

public:
    RegisterSidePanel(RegistrationDraft& draft, QWidget* parent = nullptr);

    QListView* lookAlikeView() const { return m_lookAlikes; }
    QListView* articleView() const { return m_articles; }
    // The chosen row, else the first; null / 0 when the list is empty.
    QUuid chosenLookAlike() const;
    qint64 chosenArticle() const;

signals:
    void linkRequested(const QUuid& requestId);
    void consultRequested(qint64 articleId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateCounts();

    RegistrationDraft& m_draft;
    QLabel* m_lookAlikeTitle = nullptr;
    QListView* m_lookAlikes = nullptr;
    QPushButton* m_link = nullptr;
    QLabel* m_articleTitle = nullptr;
    QListView* m_articles = nullptr;
    QPushButton* m_consult = nullptr;
};

} // namespace tyndau
