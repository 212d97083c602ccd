#include "RequestValidator.h"

#include "Iin.h"
#include "PhoneNumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tyndau {
namespace {

Error fieldError(const char* field, const char* code, const char* text)
{
    return Error {QLatin1String(code), QCoreApplication::translate("Validation", text), QLatin1String(field)};
}

Error tooLong(const char* field, int limit)
{
    return Error {QStringLiteral("too_long"),
                  QCoreApplication::translate("Validation", "At most %n characters.", nullptr, limit),
                  QLatin1String(field)};
}

bool validEmail(const QString& email)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return re.match(email).hasMatch();
}

void checkCitizen(const Request& r, const RequestRequirements& req, QList<Error>& out)
{
    const Citizen& c = r.citizen;
    if (c.anonymous && !req.anonymousAllowed)
        out.append(fieldError(
            "anonymous", "not_allowed",
            QT_TRANSLATE_NOOP(
                "Validation",
                "An application cannot be anonymous: the law requires the applicant's name and IIN.")));
    if (!c.anonymous && c.name.trimmed().isEmpty())
        out.append(fieldError(
            "name", "required",
            QT_TRANSLATE_NOOP("Validation", "Enter the citizen's name, or mark the request anonymous.")));
    if (c.name.size() > RequestValidator::kMaxName)
        out.append(tooLong("name", RequestValidator::kMaxName));

    if (!c.phone.trimmed().isEmpty()) {
        if (auto phone = PhoneNumber::normalize(c.phone); !phone)
            out.append(phone.error());
    } else if (!c.anonymous && req.phoneRequired) {
        out.append(fieldError("phone", "required",
                              QT_TRANSLATE_NOOP("Validation", "Enter the caller's phone number.")));
    }

    if (!c.iin.trimmed().isEmpty()) {
        if (auto iin = Iin::validate(c.iin); !iin)
            out.append(iin.error());
    } else if (!c.anonymous && req.iinRequired) {
        out.append(fieldError("iin", "required",
                              QT_TRANSLATE_NOOP("Validation", "An application needs the applicant's IIN.")));
    }

    if (!c.email.trimmed().isEmpty()
        && (c.email.size() > RequestValidator::kMaxEmail || !validEmail(c.email.trimmed())))
        out.append(fieldError("email", "invalid",
                              QT_TRANSLATE_NOOP("Validation", "This is not an e-mail address.")));

    if (!c.anonymous && req.contactRequired && c.phone.trimmed().isEmpty() && c.email.trimmed().isEmpty())
        out.append(fieldError(
            "phone", "required",
            QT_TRANSLATE_NOOP("Validation", "Enter a phone number or an e-mail address for the answer.")));
}

} // namespace

RequestRequirements RequestValidator::requirements(RequestKind kind, Channel channel)
{
    RequestRequirements r;
    switch (kind) {
    case RequestKind::Complaint:
        r.districtRequired = true;
        r.contactRequired = true;
        break;
    case RequestKind::Application:
        r.anonymousAllowed = false;
        r.districtRequired = true;
        r.contactRequired = true;
        r.iinRequired = true;
        break;
    case RequestKind::Proposal:
    case RequestKind::InformationRequest:
        r.contactRequired = true;
        break;
    case RequestKind::Feedback:
        break;
    }
    if (channel == Channel::CallCenter)
        r.phoneRequired = true;
    if (channel == Channel::SocialNetwork)
        r.contactRequired = false; // the answer goes back through the same account
    return r;
}

QList<Error> RequestValidator::validate(const Request& r)
{
    QList<Error> out;
    const RequestRequirements req = requirements(r.kind, r.channel);
    checkCitizen(r, req, out);

    if (r.address.size() > kMaxAddress)
        out.append(tooLong("address", kMaxAddress));
    if (req.districtRequired && r.districtCode.trimmed().isEmpty())
        out.append(
            fieldError("district", "required", QT_TRANSLATE_NOOP("Validation", "Choose the district.")));
    if (r.categoryCode.trimmed().isEmpty())
        out.append(
            fieldError("category", "required", QT_TRANSLATE_NOOP("Validation", "Choose the category.")));

    const int length = r.description.trimmed().size();
    if (length == 0)
        out.append(
            fieldError("description", "required", QT_TRANSLATE_NOOP("Validation", "Describe the request.")));
    else if (length < kMinDescription)
        out.append(fieldError("description", "too_short",
                              QT_TRANSLATE_NOOP("Validation", "Describe the request in a few words more.")));
    else if (r.description.size() > kMaxDescription)
        out.append(tooLong("description", kMaxDescription));

    if (r.latitude.has_value() != r.longitude.has_value()
        || (r.latitude
            && (*r.latitude < -90 || *r.latitude > 90 || *r.longitude < -180 || *r.longitude > 180)))
        out.append(fieldError("location", "invalid",
                              QT_TRANSLATE_NOOP("Validation", "The location is not a point on the map.")));
    return out;
}

QList<Error> RequestValidator::validateField(const Request& request, const QString& field)
{
    QList<Error> out;
    for (const Error& e : validate(request)) {
        if (e.field == field)
            out.append(e);
    }
    return out;
}

Request RequestValidator::normalized(const Request& request)
{
    Request r = request;
    r.citizen.name = r.citizen.name.simplified();
    r.citizen.email = r.citizen.email.trimmed();
    r.address = r.address.simplified();
    r.description = r.description.trimmed();
    if (auto phone = PhoneNumber::normalize(r.citizen.phone))
        r.citizen.phone = phone.value();
    if (auto iin = Iin::validate(r.citizen.iin))
        r.citizen.iin = iin.value();
    return r;
}

} // namespace tyndau
