#include "Vocabulary.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace tyndau {
namespace {

// One row per value: the value, its stable code, and its English source text for tr().
template <typename E>
struct Row
{
    E value;
    const char* code;
    const char* name;
};

constexpr std::array kindRows {
    Row<RequestKind> {RequestKind::Complaint, "complaint", QT_TRANSLATE_NOOP("Vocabulary", "Complaint")},
    Row<RequestKind> {RequestKind::Proposal, "proposal", QT_TRANSLATE_NOOP("Vocabulary", "Proposal")},
    Row<RequestKind> {RequestKind::Application, "application",
                      QT_TRANSLATE_NOOP("Vocabulary", "Application")},
    Row<RequestKind> {RequestKind::InformationRequest, "information_request",
                      QT_TRANSLATE_NOOP("Vocabulary", "Information request")},
    Row<RequestKind> {RequestKind::Feedback, "feedback", QT_TRANSLATE_NOOP("Vocabulary", "Feedback")},
};

constexpr std::array channelRows {
    Row<Channel> {Channel::CallCenter, "call_center", QT_TRANSLATE_NOOP("Vocabulary", "1308 contact center")},
    Row<Channel> {Channel::FrontOffice, "front_office", QT_TRANSLATE_NOOP("Vocabulary", "Front office")},
    Row<Channel> {Channel::WebPortal, "web_portal", QT_TRANSLATE_NOOP("Vocabulary", "Web portal")},
    Row<Channel> {Channel::MobileApp, "mobile_app", QT_TRANSLATE_NOOP("Vocabulary", "Mobile app")},
    Row<Channel> {Channel::SocialNetwork, "social_network",
                  QT_TRANSLATE_NOOP("Vocabulary", "Social networks")},
};

constexpr std::array languageRows {
    Row<Language> {Language::Kazakh, "kk", QT_TRANSLATE_NOOP("Vocabulary", "Kazakh")},
    Row<Language> {Language::Russian, "ru", QT_TRANSLATE_NOOP("Vocabulary", "Russian")},
};

constexpr std::array statusRows {
    Row<Status> {Status::Draft, "draft", QT_TRANSLATE_NOOP("Vocabulary", "Draft")},
    Row<Status> {Status::Registered, "registered", QT_TRANSLATE_NOOP("Vocabulary", "Registered")},
    Row<Status> {Status::Consulted, "consulted", QT_TRANSLATE_NOOP("Vocabulary", "Consulted on the spot")},
    Row<Status> {Status::Assigned, "assigned", QT_TRANSLATE_NOOP("Vocabulary", "Assigned to executor")},
    Row<Status> {Status::InProgress, "in_progress", QT_TRANSLATE_NOOP("Vocabulary", "In progress")},
    Row<Status> {Status::ExtensionRequested, "extension_requested",
                 QT_TRANSLATE_NOOP("Vocabulary", "Extension requested")},
    Row<Status> {Status::Extended, "extended",
                 QT_TRANSLATE_NOOP("Vocabulary", "In progress, deadline extended")},
    Row<Status> {Status::Answered, "answered", QT_TRANSLATE_NOOP("Vocabulary", "Answered")},
    Row<Status> {Status::Returned, "returned", QT_TRANSLATE_NOOP("Vocabulary", "Returned for rework")},
    Row<Status> {Status::Forwarded, "forwarded",
                 QT_TRANSLATE_NOOP("Vocabulary", "Forwarded: outside competence")},
    Row<Status> {Status::Closed, "closed", QT_TRANSLATE_NOOP("Vocabulary", "Closed")},
    Row<Status> {Status::Duplicate, "duplicate", QT_TRANSLATE_NOOP("Vocabulary", "Rejected as duplicate")},
    Row<Status> {Status::LinkedToIncident, "linked_to_incident",
                 QT_TRANSLATE_NOOP("Vocabulary", "Part of a mass incident")},
};

constexpr std::array actionRows {
    Row<Action> {Action::Register, "register", QT_TRANSLATE_NOOP("Vocabulary", "Register")},
    Row<Action> {Action::Consult, "consult", QT_TRANSLATE_NOOP("Vocabulary", "Answer on the spot")},
    Row<Action> {Action::Assign, "assign", QT_TRANSLATE_NOOP("Vocabulary", "Assign to executor")},
    Row<Action> {Action::Take, "take", QT_TRANSLATE_NOOP("Vocabulary", "Take into work")},
    Row<Action> {Action::Answer, "answer", QT_TRANSLATE_NOOP("Vocabulary", "Answer")},
    Row<Action> {Action::RequestExtension, "request_extension",
                 QT_TRANSLATE_NOOP("Vocabulary", "Request an extension")},
    Row<Action> {Action::ApproveExtension, "approve_extension",
                 QT_TRANSLATE_NOOP("Vocabulary", "Approve the extension")},
    Row<Action> {Action::RefuseExtension, "refuse_extension",
                 QT_TRANSLATE_NOOP("Vocabulary", "Refuse the extension")},
    Row<Action> {Action::Forward, "forward", QT_TRANSLATE_NOOP("Vocabulary", "Forward: outside competence")},
    Row<Action> {Action::Return, "return", QT_TRANSLATE_NOOP("Vocabulary", "Return for rework")},
    Row<Action> {Action::Accept, "accept", QT_TRANSLATE_NOOP("Vocabulary", "Accept the answer")},
    Row<Action> {Action::MarkDuplicate, "mark_duplicate",
                 QT_TRANSLATE_NOOP("Vocabulary", "Reject as duplicate")},
    Row<Action> {Action::LinkToIncident, "link_to_incident",
                 QT_TRANSLATE_NOOP("Vocabulary", "Link to mass incident")},
    Row<Action> {Action::Reopen, "reopen", QT_TRANSLATE_NOOP("Vocabulary", "Reopen")},
};

constexpr std::array roleRows {
    Row<Role> {Role::Operator, "operator", QT_TRANSLATE_NOOP("Vocabulary", "Operator")},
    Row<Role> {Role::Executor, "executor", QT_TRANSLATE_NOOP("Vocabulary", "Executor")},
    Row<Role> {Role::Inspector, "inspector", QT_TRANSLATE_NOOP("Vocabulary", "Inspector")},
    Row<Role> {Role::Supervisor, "supervisor", QT_TRANSLATE_NOOP("Vocabulary", "Supervisor")},
    Row<Role> {Role::Admin, "admin", QT_TRANSLATE_NOOP("Vocabulary", "Administrator")},
};

template <typename Rows, typename E>
const auto& rowOf(const Rows& rows, E value)
{
    for (const auto& row : rows) {
        if (row.value == value)
            return row;
    }
    return rows.front(); // unreachable: every enumerator has a row (tested)
}

template <typename Rows>
auto lookup(const Rows& rows, const QString& code) -> std::optional<decltype(rows.front().value)>
{
    for (const auto& row : rows) {
        if (code == QLatin1String(row.code))
            return row.value;
    }
    return std::nullopt;
}

template <typename Rows>
auto valuesOf(const Rows& rows)
{
    QList<decltype(rows.front().value)> out;
    for (const auto& row : rows)
        out.append(row.value);
    return out;
}

QString translated(const char* source)
{
    return QCoreApplication::translate("Vocabulary", source);
}

} // namespace

QString toCode(RequestKind v)
{
    return QLatin1String(rowOf(kindRows, v).code);
}
QString toCode(Channel v)
{
    return QLatin1String(rowOf(channelRows, v).code);
}
QString toCode(Language v)
{
    return QLatin1String(rowOf(languageRows, v).code);
}
QString toCode(Status v)
{
    return QLatin1String(rowOf(statusRows, v).code);
}
QString toCode(Action v)
{
    return QLatin1String(rowOf(actionRows, v).code);
}
QString toCode(Role v)
{
    return QLatin1String(rowOf(roleRows, v).code);
}

QString displayName(RequestKind v)
{
    return translated(rowOf(kindRows, v).name);
}
QString displayName(Channel v)
{
    return translated(rowOf(channelRows, v).name);
}
QString displayName(Language v)
{
    return translated(rowOf(languageRows, v).name);
}
QString displayName(Status v)
{
    return translated(rowOf(statusRows, v).name);
}
QString displayName(Action v)
{
    return translated(rowOf(actionRows, v).name);
}
QString displayName(Role v)
{
    return translated(rowOf(roleRows, v).name);
}

template <>
std::optional<RequestKind> fromCode(const QString& code)
{
    return lookup(kindRows, code);
}
template <>
std::optional<Channel> fromCode(const QString& code)
{
    return lookup(channelRows, code);
}
template <>
std::optional<Language> fromCode(const QString& code)
{
    return lookup(languageRows, code);
}
template <>
std::optional<Status> fromCode(const QString& code)
{
    return lookup(statusRows, code);
}
template <>
std::optional<Action> fromCode(const QString& code)
{
    return lookup(actionRows, code);
}
template <>
std::optional<Role> fromCode(const QString& code)
{
    return lookup(roleRows, code);
}

template <>
QList<RequestKind> allValues()
{
    return valuesOf(kindRows);
}
template <>
QList<Channel> allValues()
{
    return valuesOf(channelRows);
}
template <>
QList<Language> allValues()
{
    return valuesOf(languageRows);
}
template <>
QList<Status> allValues()
{
    return valuesOf(statusRows);
}
template <>
QList<Action> allValues()
{
    return valuesOf(actionRows);
}
template <>
QList<Role> allValues()
{
    return valuesOf(roleRows);
}

bool isFinal(Status s)
{
    return s == Status::Consulted || s == Status::Closed || s == Status::Duplicate
        || s == Status::LinkedToIncident;
}

} // namespace tyndau
