#pragma once

#include "DemoRandom.h"
#include "Vocabulary.h"

#include <QString>

namespace tyndau {

// Believable words for demo requests: citizens' names, phone numbers, IINs and a
// description per category in the citizen's language. Made up; no real person's data.
class DemoText
{
public:
    static QString fullName(DemoRandom& rng, Language language);
    static QString mobilePhone(DemoRandom& rng); // E.164, a Kazakhstan mobile number
    static QString iin(DemoRandom& rng); // a valid IIN of an adult
    static QString description(DemoRandom& rng, const QString& categoryCode, Language language,
                               const QString& address);
};

} // namespace tyndau
