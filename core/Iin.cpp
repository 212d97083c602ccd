#include "Iin.h"

#include <QCoreApplication>

namespace tyndau {
namespace {

int weightedSum(const QString& digits, int firstWeight)
{
    int sum = 0;
    for (int i = 0; i < 11; ++i) {
        const int weight = (firstWeight + i - 1) % 11 + 1;
        sum += digits.at(i).digitValue() * weight;
    }
    return sum % 11;
}

Error iinError(const char* text)
{
    return Error {QStringLiteral("invalid"), QCoreApplication::translate("Validation", text),
                  QStringLiteral("iin")};
}

} // namespace

int Iin::checkDigit(const QString& first11)
{
    // Weights 1..11; when that gives 10, weights 3..11,1,2; a second 10 means no IIN can
    // be made from these digits.
    int digit = weightedSum(first11, 1);
    if (digit == 10)
        digit = weightedSum(first11, 3);
    return digit == 10 ? -1 : digit;
}

QDate Iin::birthDate(const QString& iin)
{
    if (iin.size() != 12)
        return {};
    const int centuryDigit = iin.at(6).digitValue();
    // 1,2: 19th century; 3,4: 20th; 5,6: 21st (odd: male, even: female).
    const int century = centuryDigit >= 1 && centuryDigit <= 6 ? 1800 + 100 * ((centuryDigit - 1) / 2) : -1;
    if (century < 0)
        return {};
    return QDate(century + iin.left(2).toInt(), iin.mid(2, 2).toInt(), iin.mid(4, 2).toInt());
}

Result<QString> Iin::validate(const QString& input)
{
    QString digits = input;
    digits.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    if (digits.size() != 12)
        return iinError(QT_TRANSLATE_NOOP("Validation", "The IIN has 12 digits."));
    for (QChar c : digits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return iinError(QT_TRANSLATE_NOOP("Validation", "The IIN has digits only."));
    }
    if (!birthDate(digits).isValid())
        return iinError(QT_TRANSLATE_NOOP("Validation",
                                          "The first seven digits of the IIN do not make a date of birth."));
    if (checkDigit(digits.left(11)) != digits.at(11).digitValue())
        return iinError(
            QT_TRANSLATE_NOOP("Validation", "The IIN's check digit does not match: a digit is mistyped."));
    return digits;
}

} // namespace tyndau
