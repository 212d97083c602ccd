#pragma once

#include "AttachmentRef.h"
#include "Vocabulary.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace tyndau {

struct Citizen
{
    QString name;
    QString phone; // E.164 once validated: +77011234567
    QString iin; // 12 digits
    QString email;
    Language language = Language::Russian;
    bool anonymous = false;

    bool operator==(const Citizen&) const = default;
};

// A citizen's request as both programs know it. Codes (district, category, organization)
// are the stable codes of the reference data, never display names.
struct Request
{
    QUuid id; // made by whoever creates the request; never changes
    QString number; // official, from the server: 2026-000123; empty until synced
    QString provisionalNumber; // made locally at once: П-<workstation>-<n>
    RequestKind kind = RequestKind::Complaint;
    Channel channel = Channel::CallCenter;
    Status status = Status::Draft;

    Citizen citizen;
    QString address;
    QString districtCode;
    QString categoryCode;
    QString description;
    std::optional<double> latitude;
    std::optional<double> longitude;

    QString orgCode; // executor organization
    QDateTime createdAt; // UTC
    QDateTime registeredAt; // UTC; the deadline counts from here
    QDate dueDate; // Asia/Almaty calendar date; due by the end of it
    QDate originalDueDate; // before any extension
    QDateTime answeredAt;
    QDateTime closedAt;

    QUuid linkedTo; // the original of a duplicate, or the mass incident
    bool isIncident = false; // this request is a mass incident others link to
    QString answerText;
    int kbArticleId = 0; // the knowledge-base article of a consultation
    int returnCount = 0;
    int satisfaction = 0; // 1..5 from a call-back; 0 when unknown
    int qualityScore = -1; // the last review's checklist score: criteria met, 0..5; -1 when not scored
    QString createdBy; // login
    QList<AttachmentRef> attachments;
    int version = 1; // the server's row version: each change bumps it
    QString syncError; // workstation only: why the server refused this request's last operation

    bool operator==(const Request&) const = default;
};

// One line of a request's history: every change of status appends one.
struct HistoryEntry
{
    QUuid requestId;
    QDateTime at; // UTC
    QString actor; // login
    Action action = Action::Register;
    Status from = Status::Draft;
    Status to = Status::Draft;
    QString comment;

    bool operator==(const HistoryEntry&) const = default;
};

} // namespace tyndau
