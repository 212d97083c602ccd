#include "TextFold.h"

namespace tyndau {

QChar TextFold::foldChar(QChar c)
{
    const QChar lower = c.toLower();
    if (lower == QChar(0x0451)) // ё
        return QChar(0x0435); // е
    return lower;
}

QString TextFold::fold(const QString& text)
{
    QString out = text;
    for (QChar& c : out)
        c = foldChar(c);
    return out;
}

QStringList TextFold::words(const QString& text)
{
    QStringList out;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty() && !out.contains(current))
            out.append(current);
        current.clear();
    };
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            current.append(foldChar(c));
        else
            flush();
    }
    flush();
    return out;
}

} // namespace tyndau
