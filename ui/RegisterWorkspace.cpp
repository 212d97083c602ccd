#include "RegisterWorkspace.h"

#include "RegisterForm.h"
#include "RegisterSidePanel.h"
#include "app/LocalCache.h"
#include "app/RegistrationDraft.h"
#include "db/RequestStore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace tyndau {

RegisterWorkspace::RegisterWorkspace(LocalCache& cache, RegistrationDraft& draft, QWidget* parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_draft(draft)
    , m_form(new RegisterForm(draft, cache.reference(), this))
    , m_side(new RegisterSidePanel(draft, this))
    , m_save(new QPushButton(this))
    , m_clear(new QPushButton(this))
    , m_outcome(new QLabel(this))
{
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(scroll);
    splitter->addWidget(m_side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_outcome, 1);
    buttons->addWidget(m_clear);
    buttons->addWidget(m_save);
    m_save->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_form, &RegisterForm::submitRequested, this, &RegisterWorkspace::save);
    connect(m_save, &QPushButton::clicked, this, &RegisterWorkspace::save);
    connect(m_clear, &QPushButton::clicked, this, &RegisterWorkspace::clearAsked);
    connect(m_side, &RegisterSidePanel::consultRequested, this, &RegisterWorkspace::consult);
    connect(m_side, &RegisterSidePanel::linkRequested, this, &RegisterWorkspace::link);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &RegisterWorkspace::clearAsked);

    m_restored = m_draft.restore();
    retranslate();
}

QString RegisterWorkspace::outcome() const
{
    return m_outcome->text();
}

void RegisterWorkspace::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_form->focusFirst();
}

void RegisterWorkspace::save()
{
    report(m_draft.save());
}

void RegisterWorkspace::consult(qint64 articleId)
{
    report(m_draft.saveAsConsultation(articleId));
}

void RegisterWorkspace::link(const QUuid& requestId)
{
    report(m_draft.saveLinked(requestId));
}

void RegisterWorkspace::report(const Result<Request>& result)
{
    m_restored = false;
    if (!result) {
        m_outcome->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_outcome->setText(tr("Not saved: %1").arg(result.error().message));
        m_form->focusFirstProblem();
        return;
    }
    m_lastSaved = result->id;
    m_outcome->setStyleSheet(QString());
    refresh();
    m_form->focusFirst();
    emit saved(result->id);
}

void RegisterWorkspace::refresh()
{
    if (m_lastSaved.isNull())
        return;
    const auto found = RequestStore(m_cache.db()).find(m_lastSaved);
    if (!found || !found->has_value())
        return;
    const Request& r = found->value();
    if (!r.syncError.isEmpty())
        m_outcome->setText(tr("The server refused request %1: %2").arg(r.provisionalNumber, r.syncError));
    else if (r.number.isEmpty())
        m_outcome->setText(
            tr("Saved as %1. The official number comes with the next sync.").arg(r.provisionalNumber));
    else
        m_outcome->setText(tr("Saved and registered as %1 (%2).").arg(r.number, displayName(r.status)));
}

void RegisterWorkspace::clearAsked()
{
    if (!m_draft.isTouched())
        return clearNow();
    // Asked without a nested event loop: sync and the clock go on while the box is open.
    auto* box = new QMessageBox(QMessageBox::Question, tr("Clear the form?"),
                                tr("What you typed in this request will be lost."),
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (box->clickedButton() == box->button(QMessageBox::Discard))
            clearNow();
    });
    box->open();
}

void RegisterWorkspace::clearNow()
{
    m_draft.clear();
    m_outcome->clear();
    m_form->focusFirst();
}

void RegisterWorkspace::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RegisterWorkspace::retranslate()
{
    m_save->setText(tr("&Save (Enter)"));
    m_clear->setText(tr("Clear (Esc)"));
    m_save->setAccessibleName(tr("Save the request"));
    m_clear->setAccessibleName(tr("Clear the form"));
    if (m_restored)
        m_outcome->setText(
            tr("The request you were typing when the workstation closed is back. Save it or clear it."));
    else
        refresh();
}

} // namespace tyndau
