#pragma once

#include <QString>
#include <QStringList>

namespace tyndau {

// Folding for search. SQLite's lower() and LIKE fold only ASCII, and FTS5's unicode61 does
// not fold ё to е, so Tyndau folds text itself, the same way on every side: Unicode lower
// case for every Kazakh and Russian letter, and ё → е. Folding keeps the length (one UTF-16
// unit in, one out), so a position in folded text is the same position in the original.
class TextFold
{
public:
    static QString fold(const QString& text);
    static QChar foldChar(QChar c);
    // The words of a query, folded: letters and digits, in order, without duplicates.
    static QStringList words(const QString& text);
};

} // namespace tyndau
