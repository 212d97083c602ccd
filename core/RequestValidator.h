#pragma once

#include "Request.h"
#include "Result.h"

#include <QList>

namespace tyndau {

// What a request of a given kind, from a given channel, must carry.
struct RequestRequirements
{
    bool anonymousAllowed = true;
    bool districtRequired = false;
    bool contactRequired = false; // phone or e-mail, to send the answer to
    bool phoneRequired = false; // the 1308 call center always has the caller's number
    bool iinRequired = false;
};

// Validation of a request before it is saved: every failure names its field and carries a
// translated message, so the form can mark the field and say what is wrong.
class RequestValidator
{
public:
    static constexpr int kMaxName = 200;
    static constexpr int kMaxAddress = 300;
    static constexpr int kMaxEmail = 254;
    static constexpr int kMinDescription = 10;
    static constexpr int kMaxDescription = 4000;

    static RequestRequirements requirements(RequestKind kind, Channel channel);

    // Every problem found, in form order; empty when the request may be saved.
    static QList<Error> validate(const Request& request);
    // The problems of one field (for inline validation as the operator types).
    static QList<Error> validateField(const Request& request, const QString& field);
    // The request with its phone in E.164, its IIN without spaces, its text trimmed.
    // Values that do not validate are kept as typed.
    static Request normalized(const Request& request);
};

} // namespace tyndau
