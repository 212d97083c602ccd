#pragma once

#include "core/KbArticle.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTextBrowser;

namespace tyndau {

class KbSearchModel;
class LocalCache;

// The knowledge base of life situations: search as you type in Kazakh and Russian with
// the matches highlighted, the article with its numbered steps, the other language one key
// away (F4), the answer text copied with one more (Ctrl+Shift+C), and how many
// consultations it has answered.
class KnowledgeBaseWorkspace : public QWidget
{
    Q_OBJECT

public:
    // `mayEdit`: the role edits articles (admins): an "Edit" button opens both languages.
    KnowledgeBaseWorkspace(LocalCache& cache, bool mayEdit, QWidget* parent = nullptr);

    QLineEdit* searchEdit() const { return m_search; }
    QListView* resultView() const { return m_results; }
    KbSearchModel* model() const { return m_model; }
    QString articleText() const; // what the article pane shows, as plain text
    Language shownLanguage() const { return m_language; }
    void showArticle(qint64 id, Language language);
    void switchLanguage();
    void copyAnswer();
    void editShown(); // opens the editor (a KbEditorDialog child) on the article shown
    void refresh(); // after a sync: the article shown as the cache has it now

signals:
    void articleEdited(); // saved locally and queued: time to sync

protected:
    void changeEvent(QEvent* event) override;

private:
    void search();
    void render();
    void retranslate();

    LocalCache& m_cache;
    KbSearchModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_languageFilter = nullptr;
    QLabel* m_count = nullptr;
    QListView* m_results = nullptr;
    QTextBrowser* m_article = nullptr;
    QPushButton* m_otherLanguage = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_edit = nullptr;
    QTimer m_typing;
    std::optional<KbArticle> m_shown;
    Language m_language = Language::Russian;
};

} // namespace tyndau
