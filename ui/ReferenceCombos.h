#pragma once

#include <QString>

class QComboBox;

namespace tyndau {

class ReferenceData;

// Fills the combo boxes that choose from the reference data, in the interface language,
// with the code as item data. Editable ones complete on any part of a name, so an operator
// types "бост" and gets Bostandyk. `anyText`: a first item with empty data ("All …").
namespace ReferenceCombos {

void makeSearchable(QComboBox* combo);
void fillDistricts(QComboBox* combo, const ReferenceData& reference, const QString& anyText = {});
// Leaves as "Group › Leaf"; with `groupsToo`, the groups as well (filters take a whole group).
void fillCategories(QComboBox* combo, const ReferenceData& reference, bool groupsToo,
                    const QString& anyText = {});
void fillOrganizations(QComboBox* combo, const ReferenceData& reference, const QString& anyText = {});
template <typename Enum>
void fillEnum(QComboBox* combo, const QString& anyText = {});
// Selects the item whose data is `code` (the "any" item for an empty code); keeps the
// choice across a refill in another language.
void select(QComboBox* combo, const QString& code);
QString selected(const QComboBox* combo);
// In an editable box, chooses the item the typed text names: the one whose text it is
// (any case), else the only one containing it. Returns whether an item is chosen.
bool chooseTyped(QComboBox* combo);

} // namespace ReferenceCombos
} // namespace tyndau
