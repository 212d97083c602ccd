#pragma once

#include "DraftStore.h"
#include "KbSearchModel.h"
#include "LocalRequests.h"
#include "RequestSummaryModel.h"
#include "core/Request.h"
#include "core/Result.h"
#include "core/Workflow.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace tyndau {

class LocalCache;

// The request form's state without its widgets: the fields as typed, their problems, the
// suggested executor and deadline, the look-alike requests and knowledge-base articles that
// match what is being typed, and the ways to save. Every change goes to the DraftStore, so
// nothing typed is lost to a crash; a failed save keeps every field.
//
// Fields (as in RequestValidator): kind, channel, name, phone, iin, email, anonymous,
// language, address, district, category, description, org.
class RegistrationDraft : public QObject
{
    Q_OBJECT

public:
    static constexpr int kLookAlikeDays = 14;

    RegistrationDraft(LocalCache& cache, Actor actor, DraftStore drafts, QObject* parent = nullptr);

    void setValue(const QString& field, const QVariant& value);
    QVariant value(const QString& field) const { return m_fields.value(field).toVariant(); }
    const QJsonObject& fields() const { return m_fields; }
    // True when the operator typed anything (Esc then asks before clearing).
    bool isTouched() const;
    // A field is judged once the operator has left it, or on save: no red on an empty form.
    void touch(const QString& field);

    Request request() const; // the fields as a request, not yet normalized
    // The field's problem now, or "" (shown beside the field as the operator types).
    QString problem(const QString& field) const;
    QString suggestedOrg() const;
    QDate dueDate() const; // if registered now

    RequestSummaryModel* lookAlikes() { return &m_lookAlikes; }
    KbSearchModel* articles() { return &m_articles; }

    // Saves locally and queues it: registered and sent to the executor (org, or the
    // suggested one), closed as a consultation with an article, or linked to a look-alike
    // (a mass incident, or the same request again). On success the form is cleared.
    Result<Request> save();
    Result<Request> saveAsConsultation(qint64 articleId);
    Result<Request> saveLinked(const QUuid& requestId);

    // Attachments: files chosen by path, checked at once (a photo or a PDF, not too large)
    // and read when the request is saved. A refused file is not added; the reason is the
    // "attachments" problem.
    Result<void> addFile(const QString& path);
    void removeFile(int index);
    QStringList files() const;

    void clear();
    bool restore(); // the draft left by a crash; false when there is none

signals:
    void valueChanged(const QString& field);
    void problemsChanged(); // re-read problem() for the shown fields
    void suggestionChanged();
    void saved(const tyndau::Request& request);

private:
    Result<Request> finish(Result<Request> result);
    Result<QList<LocalFile>> readFiles() const;
    void changed(const QString& field);
    QJsonObject freshFields() const;
    void emitAll();
    void scheduleLookups();
    void lookUp();

    LocalCache& m_cache;
    Actor m_actor;
    DraftStore m_drafts;
    QJsonObject m_fields;
    QStringList m_touched; // fields the operator has left once: only those show problems
    QString m_fileProblem;
    RequestSummaryModel m_lookAlikes;
    KbSearchModel m_articles;
    QTimer m_lookupDelay;
};

} // namespace tyndau
