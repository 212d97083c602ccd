#include "StreetKey.h"

#include "ReferenceData.h"
#include "TextFold.h"

#include <algorithm>

namespace tyndau {

const Street* StreetKey::street(const QString& address, const ReferenceData& reference)
{
    const QString folded = TextFold::fold(address.simplified());
    const Street* best = nullptr;
    qsizetype bestLength = 0;
    for (const Street& street : reference.streets()) {
        for (const QString& name : {street.name.ru, street.name.kk}) {
            const QString key = TextFold::fold(name);
            if (!key.isEmpty() && key.size() > bestLength && folded.contains(key)) {
                best = &street;
                bestLength = key.size();
            }
        }
    }
    return best;
}

QStringList StreetKey::of(const QString& address, const ReferenceData& reference)
{
    if (const Street* s = street(address, reference)) {
        QStringList keys {TextFold::fold(s->name.ru), TextFold::fold(s->name.kk)};
        keys.removeAll(QString());
        keys.removeDuplicates();
        return keys;
    }
    const QString head = TextFold::fold(address.simplified()).section(QLatin1Char(','), 0, 0).trimmed();
    // A street is a word of a few letters at least; "д. 5" names nothing.
    const auto letters = std::count_if(head.cbegin(), head.cend(), [](QChar c) { return c.isLetter(); });
    return letters >= 4 ? QStringList {head} : QStringList {};
}

} // namespace tyndau
