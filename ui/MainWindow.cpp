#include "MainWindow.h"

#include <QEvent>
#include <QLabel>

namespace tyndau {

MainWindow::MainWindow(const QUrl& server, QWidget* parent)
    : QMainWindow(parent)
    , m_server(server)
    , m_label(new QLabel(this))
{
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_label->setAccessibleName(tr("Workstation status"));
    setCentralWidget(m_label);
    resize(960, 640);
    retranslate();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Tyndau — public reception workstation"));
    m_label->setText(tr("Server: %1\n\nThe workspaces for operators, executors, inspectors and supervisors "
                        "are being built.")
                         .arg(m_server.isEmpty() ? tr("not chosen") : m_server.toDisplayString()));
}

} // namespace tyndau
