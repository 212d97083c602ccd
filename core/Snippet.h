#pragma once

#include <QString>
#include <QStringList>

namespace tyndau {

// Cuts a short passage out of a text around the words a search matched, and marks every
// word that starts with one of the (folded) query words with <b>…</b>. The text is
// HTML-escaped, so the result is safe to show in a rich-text label.
class Snippet
{
public:
    static QString make(const QString& text, const QStringList& foldedWords, int maxWords = 24);
    static QString highlight(const QString& text, const QStringList& foldedWords);
};

} // namespace tyndau
