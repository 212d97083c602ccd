#pragma once

#include "Result.h"

#include <QDate>
#include <QString>

namespace tyndau {

// Kazakhstan's individual identification number: YYMMDD, a century-and-sex digit, four
// serial digits and a check digit.
class Iin
{
public:
    // The IIN with spaces and dashes removed, or an error naming the field "iin".
    static Result<QString> validate(const QString& input);
    // The check digit computed from the first 11 digits; -1 when no valid digit exists.
    static int checkDigit(const QString& first11);
    // The date of birth the IIN encodes (invalid for a malformed IIN).
    static QDate birthDate(const QString& iin);
};

} // namespace tyndau
