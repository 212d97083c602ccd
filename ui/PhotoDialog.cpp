#include "PhotoDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace tyndau {

PhotoDialog::PhotoDialog(const QByteArray& bytes, const QString& fileName, QWidget* parent)
    : QDialog(parent)
    , m_bytes(bytes)
    , m_fileName(fileName)
{
    setWindowTitle(fileName);
    // At most three quarters of the screen: the dialog and its buttons stay on it.
    const QSize room = (screen() ? screen()->availableSize() : QSize(1280, 800)) * 3 / 4;
    const QImage image = QImage::fromData(bytes);
    auto* picture = new QLabel(this);
    picture->setAlignment(Qt::AlignCenter);
    picture->setPixmap(
        QPixmap::fromImage(image.size().boundedTo(room) == image.size()
                               ? image
                               : image.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PhotoDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(picture, 1);
    layout->addWidget(buttons);
}

void PhotoDialog::save()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the photo"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) + QLatin1Char('/') + m_fileName);
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_bytes) != m_bytes.size() || !file.commit())
        QMessageBox::warning(this, windowTitle(),
                             tr("The photo could not be saved as “%1”: %2").arg(path, file.errorString()));
}

} // namespace tyndau
