#pragma once

#include <QStringList>

namespace tyndau {

class ReferenceData;
struct Street;

// What two addresses must share to be "the same street" when looking for requests an
// operator may be about to register twice: the folded names of a known street the address
// names (its Kazakh and its Russian name, whichever was typed), else the folded text before
// the first comma. Empty when nothing usable was typed.
class StreetKey
{
public:
    static QStringList of(const QString& address, const ReferenceData& reference);
    // The known street the address names, or null.
    static const Street* street(const QString& address, const ReferenceData& reference);
};

} // namespace tyndau
