#pragma once

#include <QString>

namespace tyndau {

class ReferenceData;

// What two addresses must share to be "the same street" when looking for requests an
// operator may be about to register twice: the folded name of a known street the address
// names (in Kazakh or Russian), else the folded text before the first comma. Empty when
// nothing usable was typed.
class StreetKey
{
public:
    static QString of(const QString& address, const ReferenceData& reference);
};

} // namespace tyndau
