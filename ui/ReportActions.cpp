#include "ReportActions.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace tyndau::ReportActions {

void printPreview(QWidget* parent, std::function<void(QPagedPaintDevice&)> paint)
{
    // The printer lives as long as its preview: the dialog only borrows it.
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(QPageSize::A4));
    auto* preview = new QPrintPreviewDialog(printer.get(), parent);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(preview, &QObject::destroyed, preview, [printer] {});
    QObject::connect(preview, &QPrintPreviewDialog::paintRequested, preview,
                     [paint = std::move(paint)](QPrinter* p) { paint(*p); });
    preview->open();
}

void saveAs(QWidget* parent, const QString& title, const QString& fileName,
            std::function<Result<void>(const QString& path)> save, std::function<void(const QString&)> said)
{
    auto* dialog = new QFileDialog(parent, title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QFileInfo(fileName).suffix());
    dialog->selectFile(fileName);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent,
                     [save = std::move(save), said = std::move(said)](const QString& path) {
                         const Result<void> saved = save(path);
                         said(saved ? QCoreApplication::translate("ReportActions", "Saved: %1").arg(path)
                                    : QCoreApplication::translate("ReportActions", "Not saved: %1")
                                          .arg(saved.error().message));
                     });
    dialog->open();
}

} // namespace tyndau::ReportActions
