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
    // A registration normalizes the number, then validates the request, which normalizes it
    // again: a number this thread has just written is valid, without a second parse (each
    // is a dozen ICU regular expressions, a tenth of a registration's time).
    thread_local QString lastWritten;
    if (trimmed == lastWritten)
        return lastWritten;
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber parsed;
    // "8 7xx" is the domestic trunk prefix: libphonenumber knows it for KZ.
    if (util->Parse(trimmed.toStdString(), "KZ", &parsed) != PhoneNumberUtil::NO_PARSING_ERROR)
        return phoneError(QT_TRANSLATE_NOOP("Validation", "This is not a phone number."));
    if (!util->IsValidNumber(parsed))
        return phoneError(QT_TRANSLATE_NOOP("Validation", "No such phone number exists: check the digits."));
    std::string e164;
    util->Format(parsed, PhoneNumberUtil::E164, &e164);
    lastWritten = QString::fromStdString(e164);
    return lastWritten;
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
