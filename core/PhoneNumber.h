#pragma once

#include "Result.h"

#include <QString>

namespace tyndau {

// Telephone numbers as the 1308 operators hear them ("8 701 123 45 67", "701 1234567",
// "+7 (727) 225-11-92"), normalised to E.164 (+77011234567) with libphonenumber, assuming
// Kazakhstan when no country code is given.
class PhoneNumber
{
public:
    static Result<QString> normalize(const QString& input);
    // The same through libphonenumber's whole parser, which normalize() skips for the usual
    // Kazakh forms; TestPhoneNumber holds the two equal.
    static Result<QString> parseFully(const QString& input);
    // "+7 701 123 4567" for display.
    static QString formatInternational(const QString& e164);
};

} // namespace tyndau
