#include "RegisterForm.h"

#include "ReferenceCombos.h"
#include "app/RegistrationDraft.h"
#include "app/UiLanguage.h"
#include "core/ReferenceData.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QStyle>
#include <QVBoxLayout>

namespace tyndau {
namespace {

const char* kProblemProperty = "tyndauProblem";

QStringList streetNames(const ReferenceData& reference)
{
    QStringList names;
    for (const Street& s : reference.streets())
        names << s.name.ru << s.name.kk;
    names.removeDuplicates();
    names.sort();
    return names;
}

} // namespace

RegisterForm::RegisterForm(RegistrationDraft& draft, const ReferenceData& reference, QWidget* parent)
    : QWidget(parent)
    , m_draft(draft)
    , m_reference(reference)
{
    build();
    fillCombos();
    bindEditors();
    retranslate();
    for (const QString& field : std::as_const(m_order))
        showValue(field);
    showSuggestion();
}

// Created in form order: that is the tab order.
void RegisterForm::build()
{
    m_layout = new QFormLayout(this);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_channel = new QComboBox(this);
    addRow(QStringLiteral("channel"), m_channel);
    m_kind = new QComboBox(this);
    addRow(QStringLiteral("kind"), m_kind);
    m_language = new QComboBox(this);
    addRow(QStringLiteral("language"), m_language);
    m_anonymous = new QCheckBox(this);
    addRow(QStringLiteral("anonymous"), m_anonymous);
    m_name = new QLineEdit(this);
    addRow(QStringLiteral("name"), m_name);
    m_phone = new QLineEdit(this);
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    addRow(QStringLiteral("phone"), m_phone);
    m_iin = new QLineEdit(this);
    m_iin->setInputMethodHints(Qt::ImhDigitsOnly);
    m_iin->setMaxLength(16);
    addRow(QStringLiteral("iin"), m_iin);
    m_email = new QLineEdit(this);
    addRow(QStringLiteral("email"), m_email);
    m_address = new QLineEdit(this);
    auto* streets = new QCompleter(new QStringListModel(streetNames(m_reference), this), this);
    streets->setCaseSensitivity(Qt::CaseInsensitive);
    streets->setFilterMode(Qt::MatchContains);
    m_address->setCompleter(streets);
    addRow(QStringLiteral("address"), m_address);
    m_district = new QComboBox(this);
    ReferenceCombos::makeSearchable(m_district);
    addRow(QStringLiteral("district"), m_district);
    m_category = new QComboBox(this);
    ReferenceCombos::makeSearchable(m_category);
    addRow(QStringLiteral("category"), m_category);
    m_description = new QPlainTextEdit(this);
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(90);
    addRow(QStringLiteral("description"), m_description);
    m_org = new QComboBox(this);
    ReferenceCombos::makeSearchable(m_org);
    addRow(QStringLiteral("org"), m_org);
    addRow(QStringLiteral("attachments"), buildAttachments()); // last: most calls have none
    m_deadline = new QLabel(this);
    m_layout->addRow(QString(), m_deadline);
}

// The chosen files as a list, with the buttons to add (Ctrl+O) and remove them.
QWidget* RegisterForm::buildAttachments()
{
    auto* box = new QWidget(this);
    m_files = new QListView(box);
    m_files->setModel(new QStringListModel(box));
    m_files->setMaximumHeight(m_files->fontMetrics().height() * 4);
    m_attach = new QPushButton(box);
    m_detach = new QPushButton(box);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_attach);
    buttons->addWidget(m_detach);
    buttons->addStretch();
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_files, 1);
    layout->addLayout(buttons);
    connect(m_attach, &QPushButton::clicked, this, &RegisterForm::chooseFiles);
    connect(m_detach, &QPushButton::clicked, this, [this] {
        if (m_files->currentIndex().isValid())
            m_draft.removeFile(m_files->currentIndex().row());
    });
    return box;
}

void RegisterForm::chooseFiles()
{
    auto* dialog = new QFileDialog(this, tr("Attach photos or documents"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters({tr("Photos and PDF (*.jpg *.jpeg *.png *.webp *.pdf)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::filesSelected, this, &RegisterForm::attachFiles);
    dialog->open();
}

void RegisterForm::attachFiles(const QStringList& paths)
{
    for (const QString& path : paths)
        if (!m_draft.addFile(path))
            break; // the reason is shown beside the list
}

void RegisterForm::addRow(const QString& field, QWidget* editor)
{
    auto* label = new QLabel(this);
    label->setBuddy(editor);
    auto* problem = new QLabel(this);
    problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    problem->setWordWrap(true);
    problem->hide();
    auto* cell = new QVBoxLayout;
    cell->setSpacing(2);
    cell->addWidget(editor);
    cell->addWidget(problem);
    m_layout->addRow(label, cell);
    editor->installEventFilter(this);
    if (auto* combo = qobject_cast<QComboBox*>(editor); combo && combo->lineEdit())
        combo->lineEdit()->installEventFilter(this);
    editor->setProperty("tyndauField", field);
    m_editors.insert(field, editor);
    m_order.append(field);
    m_labels.insert(field, label);
    m_problems.insert(field, problem);
}

void RegisterForm::fillCombos()
{
    ReferenceCombos::fillEnum<Channel>(m_channel);
    ReferenceCombos::fillEnum<RequestKind>(m_kind);
    ReferenceCombos::fillEnum<Language>(m_language);
    ReferenceCombos::fillDistricts(m_district, m_reference, QString(QLatin1String("")));
    ReferenceCombos::fillCategories(m_category, m_reference, false, QString(QLatin1String("")));
    ReferenceCombos::fillOrganizations(m_org, m_reference, QString(QLatin1String("")));
}

void RegisterForm::bindEditors()
{
    auto set = [this](const QString& field, const QVariant& value) {
        if (!m_showing)
            m_draft.setValue(field, value);
    };
    auto bindCombo = [this, set](QComboBox* combo, const QString& field) {
        connect(combo, &QComboBox::currentIndexChanged, this,
                [combo, field, set] { set(field, ReferenceCombos::selected(combo)); });
        if (combo->lineEdit())
            connect(combo->lineEdit(), &QLineEdit::textEdited, this,
                    [combo, field, set] { set(field, ReferenceCombos::selected(combo)); });
    };
    bindCombo(m_channel, QStringLiteral("channel"));
    bindCombo(m_kind, QStringLiteral("kind"));
    bindCombo(m_language, QStringLiteral("language"));
    bindCombo(m_district, QStringLiteral("district"));
    bindCombo(m_category, QStringLiteral("category"));
    bindCombo(m_org, QStringLiteral("org"));
    connect(m_anonymous, &QCheckBox::toggled, this, [set](bool on) { set(QStringLiteral("anonymous"), on); });
    for (QLineEdit* edit : {m_name, m_phone, m_iin, m_email, m_address}) {
        const QString field = edit->property("tyndauField").toString();
        connect(edit, &QLineEdit::textChanged, this, [field, set](const QString& text) { set(field, text); });
    }
    connect(m_description, &QPlainTextEdit::textChanged, this,
            [this, set] { set(QStringLiteral("description"), m_description->toPlainText()); });
    connect(&m_draft, &RegistrationDraft::valueChanged, this, &RegisterForm::showValue);
    connect(&m_draft, &RegistrationDraft::problemsChanged, this, &RegisterForm::showProblems);
    connect(&m_draft, &RegistrationDraft::suggestionChanged, this, &RegisterForm::showSuggestion);
}

// The draft's value in its editor, unless the editor already says it (so the cursor stays).
void RegisterForm::showValue(const QString& field)
{
    QWidget* editor = m_editors.value(field);
    if (!editor)
        return;
    if (field == QLatin1String("attachments")) {
        QStringList names;
        for (const QString& path : m_draft.files())
            names.append(QFileInfo(path).fileName());
        static_cast<QStringListModel*>(m_files->model())->setStringList(names);
        m_detach->setEnabled(!names.isEmpty());
        return;
    }
    m_showing = true;
    const QVariant value = m_draft.value(field);
    if (auto* edit = qobject_cast<QLineEdit*>(editor); edit && edit->text() != value.toString())
        edit->setText(value.toString());
    else if (auto* combo = qobject_cast<QComboBox*>(editor);
             combo && ReferenceCombos::selected(combo) != value.toString())
        ReferenceCombos::select(combo, value.toString());
    else if (auto* box = qobject_cast<QCheckBox*>(editor))
        box->setChecked(value.toBool());
    else if (auto* text = qobject_cast<QPlainTextEdit*>(editor);
             text && text->toPlainText() != value.toString())
        text->setPlainText(value.toString());
    m_showing = false;
}

void RegisterForm::showProblems()
{
    for (auto it = m_problems.constBegin(); it != m_problems.constEnd(); ++it) {
        const QString problem = m_draft.problem(it.key());
        QLabel* label = it.value();
        label->setText(problem.isEmpty() ? QString() : QStringLiteral("⚠ ") + problem);
        label->setVisible(!problem.isEmpty());
        QWidget* editor = m_editors.value(it.key());
        editor->setAccessibleDescription(problem);
        if (editor->property(kProblemProperty).toBool() != !problem.isEmpty()) {
            editor->setProperty(kProblemProperty, !problem.isEmpty());
            editor->setStyleSheet(problem.isEmpty() ? QString()
                                                    : QStringLiteral("border: 2px solid #b00020;"));
        }
    }
}

QString RegisterForm::problemShown(const QString& field) const
{
    const QLabel* label = m_problems.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void RegisterForm::showSuggestion()
{
    const QString suggested = m_draft.suggestedOrg();
    const Organization* org = m_reference.organization(suggested);
    m_org->setPlaceholderText(org ? tr("Suggested: %1").arg(org->name.in(UiLanguage::current())) : QString());
    if (m_org->lineEdit())
        m_org->lineEdit()->setPlaceholderText(m_org->placeholderText());
    m_deadline->setText(
        tr("Deadline if registered now: %1").arg(QLocale().toString(m_draft.dueDate(), QLocale::LongFormat)));
}

void RegisterForm::focusFirst()
{
    m_channel->setFocus();
}

void RegisterForm::focusFirstProblem()
{
    for (const QString& field : std::as_const(m_order)) {
        if (!problemShown(field).isEmpty()) {
            m_editors.value(field)->setFocus();
            return;
        }
    }
}

bool RegisterForm::eventFilter(QObject* watched, QEvent* event)
{
    QWidget* editor = qobject_cast<QWidget*>(watched);
    if (editor && editor->parentWidget() && qobject_cast<QComboBox*>(editor->parentWidget()))
        editor = editor->parentWidget(); // a combo box's line edit speaks for the box
    const QString field = editor ? editor->property("tyndauField").toString() : QString();
    if (event->type() == QEvent::FocusOut && !field.isEmpty()) {
        chooseTyped(editor, field);
        m_draft.touch(field);
    }
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        // The completer's popup keeps focus in the box while it is open, so leaving by
        // Tab or Enter is where a typed name is chosen.
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)
            chooseTyped(editor, field);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && !(key->modifiers() & Qt::ShiftModifier)) {
            chooseTyped(editor, field);
            emit submitRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

// Leaving a box with a name typed (not picked from the list) chooses the item it names.
void RegisterForm::chooseTyped(QWidget* editor, const QString& field)
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (combo && combo->isEditable() && ReferenceCombos::selected(combo).isEmpty()
        && ReferenceCombos::chooseTyped(combo))
        m_draft.setValue(field, ReferenceCombos::selected(combo));
}

void RegisterForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        fillCombos();
        retranslate();
        showSuggestion();
    }
    QWidget::changeEvent(event);
}

void RegisterForm::retranslate()
{
    const QList<std::pair<QString, QString>> labels {
        {QStringLiteral("channel"), tr("C&hannel:")},
        {QStringLiteral("kind"), tr("&Kind:")},
        {QStringLiteral("language"), tr("Citizen's lan&guage:")},
        {QStringLiteral("anonymous"), tr("Anon&ymous:")},
        {QStringLiteral("name"), tr("Citizen's &name:")},
        {QStringLiteral("phone"), tr("&Phone:")},
        {QStringLiteral("iin"), tr("&IIN:")},
        {QStringLiteral("email"), tr("&E-mail:")},
        {QStringLiteral("address"), tr("&Address:")},
        {QStringLiteral("district"), tr("Dis&trict:")},
        {QStringLiteral("category"), tr("&Category:")},
        {QStringLiteral("description"), tr("&Description:")},
        {QStringLiteral("attachments"), tr("Attach&ments:")},
        {QStringLiteral("org"), tr("E&xecutor:")},
    };
    for (const auto& [field, text] : labels) {
        m_labels.value(field)->setText(text);
        QString plain = text;
        m_editors.value(field)->setAccessibleName(plain.remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    }
    m_anonymous->setText(tr("the citizen does not give a name"));
    m_attach->setText(tr("Attach… (Ctrl+O)"));
    m_attach->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_detach->setText(tr("Remove"));
    m_files->setAccessibleName(tr("Attached files"));
    m_phone->setPlaceholderText(tr("+7 7xx xxx xx xx"));
    m_iin->setPlaceholderText(tr("12 digits"));
    m_address->setPlaceholderText(tr("Street, house (suggested as you type)"));
    m_description->setPlaceholderText(
        tr("What happened, where and since when. Enter saves; Shift+Enter starts a new line."));
}

} // namespace tyndau
