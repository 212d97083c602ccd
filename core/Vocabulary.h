#pragma once

#include <QList>
#include <QString>

#include <optional>

// The words of the domain: kinds of request, channels, statuses, workflow actions, roles,
// languages. Stable string codes are what goes on the wire and into the database; display
// names are translated (DESIGN.md's vocabulary for kk and ru).
namespace tyndau {

enum class RequestKind
{
    Complaint,
    Proposal,
    Application,
    InformationRequest,
    Feedback
};
enum class Channel
{
    CallCenter,
    FrontOffice,
    WebPortal,
    MobileApp,
    SocialNetwork
};
enum class Language
{
    Kazakh,
    Russian
};

enum class Status
{
    Draft, // written locally, not yet on the server
    Registered, // accepted by the office, waiting to be routed
    Consulted, // answered on the spot from the knowledge base; closed
    Assigned, // sent to an executor organization
    InProgress, // the executor took it into work
    ExtensionRequested, // the executor asked for more time
    Extended, // in progress with an extended deadline
    Answered, // the executor answered; waiting for quality control
    Returned, // the inspector returned the answer for rework
    Forwarded, // the executor says it is outside its competence
    Closed, // the inspector accepted the answer
    Duplicate, // rejected as a duplicate of another request (linked)
    LinkedToIncident, // part of a mass incident (linked); counted with it
};

enum class Action
{
    Register,
    Consult,
    Assign,
    Take,
    Answer,
    RequestExtension,
    ApproveExtension,
    RefuseExtension,
    Forward,
    Return,
    Accept,
    MarkDuplicate,
    LinkToIncident,
    Reopen,
};

enum class Role
{
    Operator,
    Executor,
    Inspector,
    Supervisor,
    Admin
};

// Stable code for storage and the wire ("complaint", "call_center", "in_progress", ...).
QString toCode(RequestKind v);
QString toCode(Channel v);
QString toCode(Language v);
QString toCode(Status v);
QString toCode(Action v);
QString toCode(Role v);

template <typename E>
std::optional<E> fromCode(const QString& code);

// Translated name for the UI (QCoreApplication::translate, context "Vocabulary").
QString displayName(RequestKind v);
QString displayName(Channel v);
QString displayName(Language v);
QString displayName(Status v);
QString displayName(Action v);
QString displayName(Role v);

template <typename E>
QList<E> allValues();

// A status from which no action of the workflow leads anywhere but Reopen.
bool isFinal(Status s);

} // namespace tyndau
