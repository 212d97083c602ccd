#include "StreetKey.h"

#include "ReferenceData.h"
#include "TextFold.h"

namespace tyndau {

QString StreetKey::of(const QString& address, const ReferenceData& reference)
{
    const QString folded = TextFold::fold(address.simplified());
    QString best;
    for (const Street& street : reference.streets()) {
        for (const QString& name : {street.name.ru, street.name.kk}) {
            const QString key = TextFold::fold(name);
            if (!key.isEmpty() && key.size() > best.size() && folded.contains(key))
                best = key;
        }
    }
    if (!best.isEmpty())
        return best;
    const QString head = folded.section(QLatin1Char(','), 0, 0).trimmed();
    return head.size() >= 4 ? head : QString();
}

} // namespace tyndau
