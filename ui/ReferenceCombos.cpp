#include "ReferenceCombos.h"

#include "app/UiLanguage.h"
#include "core/ReferenceData.h"
#include "core/Vocabulary.h"

#include <QComboBox>
#include <QCompleter>
#include <QSignalBlocker>

namespace tyndau::ReferenceCombos {
namespace {

// Refills without the user's choice changing: the same code stays selected.
template <typename Fill>
void refill(QComboBox* combo, const QString& anyText, Fill fill)
{
    const QString keep = selected(combo);
    const QSignalBlocker blocker(combo);
    // Sized by the layout, not by the longest organization's name.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(10);
    combo->clear();
    if (!anyText.isNull())
        combo->addItem(anyText, QString());
    fill();
    select(combo, keep);
}

} // namespace

void makeSearchable(QComboBox* combo)
{
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
}

void fillDistricts(QComboBox* combo, const ReferenceData& reference, const QString& anyText)
{
    refill(combo, anyText, [&] {
        for (const District& d : reference.districts())
            combo->addItem(d.name.in(UiLanguage::current()), d.code);
    });
}

void fillCategories(QComboBox* combo, const ReferenceData& reference, bool groupsToo, const QString& anyText)
{
    const QString lang = UiLanguage::current();
    refill(combo, anyText, [&] {
        for (const Category& group : reference.children(QString())) {
            if (groupsToo)
                combo->addItem(group.name.in(lang), group.code);
            for (const Category& leaf : reference.children(group.code))
                combo->addItem(QStringLiteral("%1 › %2").arg(group.name.in(lang), leaf.name.in(lang)),
                               leaf.code);
        }
    });
}

void fillOrganizations(QComboBox* combo, const ReferenceData& reference, const QString& anyText)
{
    refill(combo, anyText, [&] {
        for (const Organization& o : reference.organizations())
            combo->addItem(o.name.in(UiLanguage::current()), o.code);
    });
}

template <typename Enum>
void fillEnum(QComboBox* combo, const QString& anyText)
{
    refill(combo, anyText, [&] {
        for (Enum v : allValues<Enum>())
            combo->addItem(displayName(v), toCode(v));
    });
}

template void fillEnum<RequestKind>(QComboBox*, const QString&);
template void fillEnum<Channel>(QComboBox*, const QString&);
template void fillEnum<Language>(QComboBox*, const QString&);
template void fillEnum<Status>(QComboBox*, const QString&);

void select(QComboBox* combo, const QString& code)
{
    const int i = combo->findData(code);
    combo->setCurrentIndex(
        i >= 0 ? i
               : (code.isEmpty() && combo->count() > 0 && combo->itemData(0).toString().isEmpty() ? 0 : -1));
}

QString selected(const QComboBox* combo)
{
    if (combo->currentIndex() < 0)
        return {};
    // An editable box whose text no longer names its item chooses nothing.
    if (combo->isEditable() && combo->currentText() != combo->itemText(combo->currentIndex()))
        return {};
    return combo->currentData().toString();
}

bool chooseTyped(QComboBox* combo)
{
    const QString typed = combo->currentText().trimmed();
    if (typed.isEmpty())
        return false;
    int only = -1;
    for (int i = 0; i < combo->count(); ++i) {
        const QString text = combo->itemText(i);
        if (text.compare(typed, Qt::CaseInsensitive) == 0) {
            only = i;
            break;
        }
        if (text.contains(typed, Qt::CaseInsensitive))
            only = only == -1 ? i : -2;
    }
    if (only < 0) {
        return false;
    }
    combo->setCurrentIndex(only);
    combo->setEditText(combo->itemText(only));
    return true;
}

} // namespace tyndau::ReferenceCombos
