#include "Snippet.h"

#include "TextFold.h"

#include <QList>

namespace tyndau {
namespace {

struct Word
{
    qsizetype begin;
    qsizetype end;
    bool match;
};

QList<Word> splitWords(const QString& text, const QStringList& foldedWords)
{
    QList<Word> out;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!text.at(i).isLetterOrNumber()) {
            ++i;
            continue;
        }
        const qsizetype begin = i;
        while (i < text.size() && text.at(i).isLetterOrNumber())
            ++i;
        // Folding keeps the length, so the folded word lines up with the original.
        const QString folded = TextFold::fold(text.mid(begin, i - begin));
        bool match = false;
        for (const QString& q : foldedWords) {
            if (folded.startsWith(q)) {
                match = true;
                break;
            }
        }
        out.append(Word {begin, i, match});
    }
    return out;
}

QString render(const QString& text, const QList<Word>& words, qsizetype from, qsizetype to, qsizetype first,
               qsizetype last)
{
    QString out;
    qsizetype pos = from;
    for (qsizetype w = first; w <= last; ++w) {
        const Word& word = words.at(w);
        out += text.mid(pos, word.begin - pos).toHtmlEscaped();
        const QString piece = text.mid(word.begin, word.end - word.begin).toHtmlEscaped();
        out += word.match ? QStringLiteral("<b>") + piece + QStringLiteral("</b>") : piece;
        pos = word.end;
    }
    out += text.mid(pos, to - pos).toHtmlEscaped();
    return out;
}

} // namespace

QString Snippet::highlight(const QString& text, const QStringList& foldedWords)
{
    const QList<Word> words = splitWords(text, foldedWords);
    if (words.isEmpty())
        return text.toHtmlEscaped();
    return render(text, words, 0, text.size(), 0, words.size() - 1);
}

QString Snippet::make(const QString& text, const QStringList& foldedWords, int maxWords)
{
    const QList<Word> words = splitWords(text.simplified(), foldedWords);
    const QString simple = text.simplified();
    if (words.isEmpty())
        return {};
    qsizetype firstMatch = 0;
    while (firstMatch < words.size() && !words.at(firstMatch).match)
        ++firstMatch;
    if (firstMatch == words.size())
        firstMatch = 0;
    // A few words of context before the first match, the rest after it.
    const qsizetype first = std::max<qsizetype>(0, firstMatch - maxWords / 4);
    const qsizetype last = std::min<qsizetype>(words.size() - 1, first + maxWords - 1);
    const qsizetype from = words.at(first).begin;
    const qsizetype to = last == words.size() - 1 ? simple.size() : words.at(last).end;
    QString out = render(simple, words, from, to, first, last);
    if (first > 0)
        out.prepend(QStringLiteral("… "));
    if (last < words.size() - 1)
        out.append(QStringLiteral(" …"));
    return out;
}

} // namespace tyndau
