#pragma once

#include <QMainWindow>
#include <QUrl>

class QLabel;

namespace tyndau {

// The workstation's frame. Its workspaces (Register, Requests, Knowledge base, Review,
// Statistics, Administration) arrive with issues 4 and 5; today it names the server it
// will work with.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const QUrl& server, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QUrl m_server;
    QLabel* m_label = nullptr;
};

} // namespace tyndau
