#pragma once

#include "core/Result.h"

#include <QString>

#include <functional>

class QPagedPaintDevice;
class QWidget;

namespace tyndau {

// What a workspace with a printed report offers: a print preview and "save as", both
// non-blocking, so the workstation stays usable while the dialog is open. The weekly
// statistics and the budget's results share them.
namespace ReportActions {

// The report on A4 in a preview the user prints from; `paint` draws it on the printer.
void printPreview(QWidget* parent, std::function<void(QPagedPaintDevice&)> paint);
// Asks where to save `fileName` (its suffix says the type), then `save`s there; `said` gets
// "Saved: …" or "Not saved: …" for the user.
void saveAs(QWidget* parent, const QString& title, const QString& fileName,
            std::function<Result<void>(const QString& path)> save, std::function<void(const QString&)> said);

} // namespace ReportActions
} // namespace tyndau
