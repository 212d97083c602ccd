#include "PhoneNumber.h"

#include <QCoreApplication>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <string>

namespace tyndau {
namespace {

using i18n::phonenumbers::PhoneNumberUtil;

Error phoneError(const char* text)
{
    return Error {QStringLiteral("invalid"), QCoreApplication::translate("Validation", text),
                  QStringLiteral("phone")};
}

} // namespace

Result<QString> PhoneNumber::normalize(const QString& input)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return phoneError(QT_TRANSLATE_NOOP("Validation", "Enter a phone number."));
    if (trimmed.size() > 32)
        return phoneError(QT_TRANSLATE_NOOP("Validation", "The phone number is too long."));
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber parsed;
    // "8 7xx" is the domestic trunk prefix: libphonenumber knows it for KZ.
    if (util->Parse(trimmed.toStdString(), "KZ", &parsed) != PhoneNumberUtil::NO_PARSING_ERROR)
        return phoneError(QT_TRANSLATE_NOOP("Validation", "This is not a phone number."));
    if (!util->IsValidNumber(parsed))
        return phoneError(QT_TRANSLATE_NOOP("Validation", "No such phone number exists: check the digits."));
    std::string e164;
    util->Format(parsed, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

QString PhoneNumber::formatInternational(const QString& e164)
{
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber parsed;
    if (util->Parse(e164.toStdString(), "KZ", &parsed) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string out;
    util->Format(parsed, PhoneNumberUtil::INTERNATIONAL, &out);
    return QString::fromStdString(out);
}

} // namespace tyndau
