#include "PhoneNumber.h"

#include <QCoreApplication>

#include <optional>
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

// The forms an operator types nearly every time: ten digits beginning with 7 (every Kazakh
// number; Russian ones, which share +7, begin otherwise), after "+7", after the trunk prefix
// "8", or alone; spaces, dashes and brackets between them. Their country and national number
// need no parsing; anything else goes to libphonenumber's parser.
std::optional<quint64> kazakhNationalNumber(const QString& input)
{
    QString digits;
    digits.reserve(input.size());
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input.at(i);
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits.append(c);
        else if (c == QLatin1Char('+') && i == 0)
            digits.append(c);
        else if (c != QLatin1Char(' ') && c != QLatin1Char('-') && c != QLatin1Char('(')
                 && c != QLatin1Char(')'))
            return std::nullopt;
    }
    QStringView national(digits);
    if (digits.size() == 12 && digits.startsWith(QLatin1String("+7")))
        national = national.mid(2);
    else if (digits.size() == 11 && digits.startsWith(QLatin1Char('8')))
        national = national.mid(1);
    if (national.size() != 10 || !national.startsWith(QLatin1Char('7')))
        return std::nullopt;
    return national.toULongLong();
}

Error invalidNumber()
{
    return phoneError(QT_TRANSLATE_NOOP("Validation", "No such phone number exists: check the digits."));
}

// Valid or not by libphonenumber's metadata; written in E.164.
Result<QString> checkedE164(const i18n::phonenumbers::PhoneNumber& number)
{
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    if (!util->IsValidNumber(number))
        return invalidNumber();
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

// The usual forms read directly, the rest by libphonenumber's parser.
Result<QString> readE164(const QString& trimmed)
{
    const auto national = kazakhNationalNumber(trimmed);
    if (!national)
        return PhoneNumber::parseFully(trimmed);
    i18n::phonenumbers::PhoneNumber number;
    number.set_country_code(7);
    number.set_national_number(*national);
    return checkedE164(number);
}

} // namespace

Result<QString> PhoneNumber::parseFully(const QString& input)
{
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber parsed;
    // "8 7xx" is the domestic trunk prefix: libphonenumber knows it for KZ.
    if (util->Parse(input.toStdString(), "KZ", &parsed) != PhoneNumberUtil::NO_PARSING_ERROR)
        return phoneError(QT_TRANSLATE_NOOP("Validation", "This is not a phone number."));
    return checkedE164(parsed);
}

Result<QString> PhoneNumber::normalize(const QString& input)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return phoneError(QT_TRANSLATE_NOOP("Validation", "Enter a phone number."));
    if (trimmed.size() > 32)
        return phoneError(QT_TRANSLATE_NOOP("Validation", "The phone number is too long."));
    // A registration normalizes the number, then validates the request, which normalizes it
    // again: a number this thread has just written is valid, without a second check.
    thread_local QString lastWritten;
    if (trimmed == lastWritten)
        return lastWritten;
    // libphonenumber's parser runs a dozen ICU regular expressions, a tenth of a
    // registration's time on the server: the usual forms are read directly.
    Result<QString> e164 = readE164(trimmed);
    if (e164)
        lastWritten = e164.value();
    return e164;
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
