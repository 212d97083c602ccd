#pragma once

#include <QByteArray>
#include <QDialog>

namespace tyndau {

// One photo, whole (scaled down to the screen), with its name; it can be saved, as the
// very file that was sent.
class PhotoDialog : public QDialog
{
    Q_OBJECT

public:
    PhotoDialog(const QByteArray& bytes, const QString& fileName, QWidget* parent = nullptr);

private:
    void save();

    QByteArray m_bytes;
    QString m_fileName;
};

} // namespace tyndau
