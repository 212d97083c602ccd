#pragma once

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QPlainTextEdit;

namespace tyndau {

class ReferenceData;
class RegistrationDraft;

// The request form's fields, bound both ways to a RegistrationDraft: what the operator types
// goes into the draft (and to disk), what the draft holds (a restored draft, a cleared form)
// shows in the fields. Each field has its problem beside it, in words and in red, once the
// operator has left it. Enter in any field (Shift+Enter in the description for a new line)
// asks to save.
class RegisterForm : public QWidget
{
    Q_OBJECT

public:
    RegisterForm(RegistrationDraft& draft, const ReferenceData& reference, QWidget* parent = nullptr);

    QWidget* editor(const QString& field) const { return m_editors.value(field); }
    QString problemShown(const QString& field) const; // "" when the field is fine
    void focusFirst();
    void focusFirstProblem();
    // Adds the files to the request (the file dialog of Ctrl+O ends here); stops at the first
    // one refused, whose reason shows beside the list.
    void attachFiles(const QStringList& paths);

signals:
    void submitRequested();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void build();
    QWidget* buildAttachments();
    void chooseFiles();
    void addRow(const QString& field, QWidget* editor);
    void bindEditors();
    void showValue(const QString& field);
    void chooseTyped(QWidget* editor, const QString& field);
    void showProblems();
    void showSuggestion();
    void fillCombos();
    void retranslate();

    RegistrationDraft& m_draft;
    const ReferenceData& m_reference;
    QFormLayout* m_layout = nullptr;
    QHash<QString, QWidget*> m_editors;
    QStringList m_order; // fields in form order
    QHash<QString, QLabel*> m_labels;
    QHash<QString, QLabel*> m_problems;
    QComboBox* m_kind = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_language = nullptr;
    QCheckBox* m_anonymous = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_iin = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_address = nullptr;
    QComboBox* m_district = nullptr;
    QComboBox* m_category = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QComboBox* m_org = nullptr;
    QListView* m_files = nullptr;
    QPushButton* m_attach = nullptr;
    QPushButton* m_detach = nullptr;
    QLabel* m_deadline = nullptr;
    bool m_showing = false; // while the draft's values are put into the editors
};

} // namespace tyndau
