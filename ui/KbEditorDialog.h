#pragma once

#include "core/KbArticle.h"

#include <QDialog>
#include <QHash>

class QLabel;

namespace tyndau {

class LocalCache;

// An admin edits a life situation in Kazakh and Russian side by side: title, summary, the
// steps (one per line), the answer and the contacts. Saving checks both languages and marks
// every field with a problem; the edit then syncs to every workstation.
class KbEditorDialog : public QDialog
{
    Q_OBJECT

public:
    KbEditorDialog(LocalCache& cache, KbArticle article, QWidget* parent = nullptr);

    QWidget* editor(const QString& field) const { return m_editors.value(field); } // "kk.title", …
    QString problemShown(const QString& field) const;

private:
    void build();
    void save();
    KbArticle edited() const;
    QString text(const QString& field) const;

    LocalCache& m_cache;
    KbArticle m_article;
    QHash<QString, QWidget*> m_editors;
    QHash<QString, QLabel*> m_problems;
    QLabel* m_error = nullptr;
};

} // namespace tyndau
