#pragma once

#include "ReferenceData.h"
#include "Result.h"

#include <QList>

namespace tyndau {

// What an administrator's organization or category must be before it is stored: checked
// by the workstation's editor as the admin types, and by the server again for every
// operation. Each problem names its field.
class ReferenceRules
{
public:
    static constexpr int kMaxName = 300;

    static QList<Error> check(const Organization& organization, const ReferenceData& reference);
    // A category's code is its path in the tree ("heating.outage" lies under "heating"), so an
    // existing category keeps its parent; a new one is added under an existing parent.
    static QList<Error> check(const Category& category, const ReferenceData& reference);

    static QStringList organizationKinds(); // akimat, department, utility, service
};

} // namespace tyndau
