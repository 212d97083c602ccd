// tyndau-screenshots: the README's pictures, taken from the real workstation on a real
// server. ./dev.sh screenshots starts a demo server and runs this under Xvfb:
//   tyndau-screenshots --server URL --lang ru|kk|en --out DIR
// It signs in as the demo operator, waits for the first sync, fills the register form as
// an operator would, and grabs each workspace to DIR/<lang>-<workspace>.png.
#include "app/AppInfo.h"
#include "app/BudgetProposalListModel.h"
#include "app/LocalCache.h"
#include "app/OrganizationListModel.h"
#include "app/RegistrationDraft.h"
#include "app/RequestListModel.h"
#include "app/SignIn.h"
#include "app/SyncEngine.h"
#include "app/UiLanguage.h"
#include "app/UserListModel.h"
#include "core/AlmatyTime.h"
#include "core/QualityChecklist.h"
#include "db/RequestListStore.h"
#include "ui/ActionDialog.h"
#include "ui/AdministrationWorkspace.h"
#include "ui/BudgetProposalsPanel.h"
#include "ui/BudgetResultsPanel.h"
#include "ui/BudgetSeasonPanel.h"
#include "ui/BudgetVotingPanel.h"
#include "ui/BudgetWorkspace.h"
#include "ui/KnowledgeBaseWorkspace.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/OrganizationsPanel.h"
#include "ui/ProposalPhotosView.h"
#include "ui/RegisterForm.h"
#include "ui/RegisterSidePanel.h"
#include "ui/RegisterWorkspace.h"
#include "ui/RequestCard.h"
#include "ui/RequestsWorkspace.h"
#include "ui/StatisticsWorkspace.h"
#include "ui/UsersPanel.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {

// A requests list counts after its first paint: painted once, and its count waited for, so
// that the picture shows the number, not "Counting requests…".
void waitForCounts(QWidget& window)
{
    for (auto* list : window.findChildren<tyndau::RequestsWorkspace*>()) {
        if (!list->isVisible())
            continue;
        list->view()->viewport()->repaint();
        QDeadlineTimer deadline(30000);
        while (list->model()->totalCount() < 0 && !deadline.hasExpired())
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
}

bool grab(QWidget& window, const QString& path)
{
    QApplication::processEvents();
    waitForCounts(window);
    const bool ok = window.grab().save(path);
    std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "could not write", qPrintable(path));
    return ok;
}

// A signed-in workstation after its first sync.
struct Signed
{
    std::unique_ptr<tyndau::LocalCache> cache;
    std::unique_ptr<tyndau::MainWindow> window;
};

std::unique_ptr<Signed> openAs(const QString& login, const QUrl& server, const QTemporaryDir& dir,
                               tyndau::UiLanguage& language)
{
    tyndau::SignIn signIn;
    QSignalSpy in(&signIn, &tyndau::SignIn::signedIn);
    signIn.start(server, login, QStringLiteral("demo"));
    if (!in.wait(30000))
        return nullptr;
    auto cache = tyndau::LocalCache::open(dir.filePath(login + QStringLiteral(".db")));
    if (!cache)
        return nullptr;
    auto out = std::make_unique<Signed>();
    out->cache = std::move(cache).value();
    out->window = std::make_unique<tyndau::MainWindow>(
        *out->cache, in.first().first().value<tyndau::Session>(), false, language);
    QSignalSpy synced(out->window->syncEngine(), &tyndau::SyncEngine::finished);
    out->window->resize(1440, 900);
    out->window->show();
    QApplication::setActiveWindow(out->window.get());
    synced.wait(600000);
    return out;
}

// A sketch of a finished playground, as a PNG: the demo has no real photos.
QByteArray playgroundPhoto(const QColor& sky, int seed)
{
    QImage image(640, 420, QImage::Format_RGB32);
    image.fill(sky);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRect(0, 300, 640, 120), QColor(90, 150, 70)); // grass
    painter.setBrush(QColor(230, 120, 40));
    painter.drawRect(120 + seed * 40, 200, 160, 100); // a slide's tower
    painter.setPen(QPen(QColor(60, 60, 160), 8));
    painter.drawLine(280 + seed * 40, 210, 400 + seed * 40, 300); // the slide
    painter.drawLine(460, 160, 460, 300); // swings
    painter.drawLine(560, 160, 560, 300);
    painter.drawLine(450, 160, 570, 160);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

bool photographWinner(Signed& admin, const QString& path)
{
    tyndau::BudgetWorkspace* budget = admin.window->budgetWorkspace();
    admin.window->showWorkspace(budget);
    tyndau::BudgetSeasonPanel* season = budget->seasonPanel();
    season->confirmMove(); // results
    season->confirmMove(); // implementation
    tyndau::BudgetProposalsPanel* proposals = budget->proposalsPanel();
    budget->tabs()->setCurrentWidget(proposals);
    // The first funded winner of the list.
    int winner = 0;
    for (int row = 0; row < proposals->proposals()->rowCount(); ++row) {
        if (proposals->proposals()->isFunded(row)) {
            winner = row;
            break;
        }
    }
    proposals->choose(winner);
    proposals->track(QStringLiteral("completed"), QStringLiteral("15.05–30.08, ТОО «Жасыл Қала»"));
    const QTemporaryDir photos;
    for (int n = 0; n < 2; ++n) {
        const QString file = photos.filePath(QStringLiteral("playground-%1.png").arg(n + 1));
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly)
            || out.write(playgroundPhoto(n ? QColor(150, 200, 240) : QColor(190, 220, 250), n)) < 0)
            return false;
        out.close();
        if (!proposals->photos()->addPhoto(file))
            return false;
    }
    QSignalSpy synced(admin.window->syncEngine(), &tyndau::SyncEngine::finished);
    admin.window->syncEngine()->syncNow();
    synced.wait(60000);
    return grab(*admin.window, path);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tyndau-screenshots"));
    tyndau::AppInfo::apply();
    QApplication::setStyle(QStringLiteral("Fusion"));
    QCommandLineParser parser;
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Server."),
                                    QStringLiteral("URL"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("kk, ru or en."),
                                  QStringLiteral("CODE"), QStringLiteral("ru"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Folder."), QStringLiteral("DIR"),
                                 QStringLiteral("docs/screenshots"));
    parser.addOptions({server, lang, out});
    parser.process(app);

    tyndau::UiLanguage language;
    language.apply(parser.value(lang));
    const QString prefix = QDir(parser.value(out)).filePath(parser.value(lang) + QLatin1Char('-'));
    QDir().mkpath(parser.value(out));
    bool ok = true;
    {
        tyndau::LoginDialog login(language, QUrl(parser.value(server)));
        login.show();
        ok = grab(login, prefix + QStringLiteral("login.png")) && ok;
    }

    tyndau::SignIn signIn;
    QSignalSpy signedIn(&signIn, &tyndau::SignIn::signedIn);
    signIn.start(QUrl(parser.value(server)), QStringLiteral("operator1"), QStringLiteral("demo"));
    if (!signedIn.wait(30000)) {
        std::fprintf(stderr, "could not sign in\n");
        return 1;
    }
    const auto session = signedIn.first().first().value<tyndau::Session>();
    QTemporaryDir dir;
    auto cache = tyndau::LocalCache::open(dir.filePath(QStringLiteral("cache.db")));
    if (!cache) {
        std::fprintf(stderr, "%s\n", qPrintable(cache.error().message));
        return 1;
    }
    tyndau::MainWindow window(*cache.value(), session, false, language);
    QSignalSpy synced(window.syncEngine(), &tyndau::SyncEngine::finished);
    window.resize(1440, 900);
    window.show();
    QApplication::setActiveWindow(&window); // focus moves between fields as an operator's would
    if (!synced.wait(600000))
        std::fprintf(stderr, "the first sync did not finish\n");

    // An operator on the phone: a second call about something already registered this week.
    tyndau::RequestFilter open;
    open.statuses = {tyndau::Status::Assigned, tyndau::Status::InProgress};
    open.categoryCode = QStringLiteral("heating");
    tyndau::RequestSummary earlier;
    for (const auto& r : tyndau::RequestListStore(cache.value()->db())
                             .page(open, tyndau::RequestOrder::NewestFirst, std::nullopt, 50)
                             .value_or_zero())
        if (!r.address.isEmpty() && earlier.address.isEmpty())
            earlier = r;
    auto* form = window.registerWorkspace()->form();
    auto type = [form](const char* field, const QString& text) {
        QWidget* editor = form->editor(QLatin1String(field));
        editor->setFocus();
        if (auto* line = qobject_cast<QLineEdit*>(editor))
            line->setText(text);
        else if (auto* plain = qobject_cast<QPlainTextEdit*>(editor))
            plain->setPlainText(text);
    };
    type("name", QStringLiteral("Сейтказиева Айгерим"));
    type("phone", QStringLiteral("8 701 555 1234"));
    type("iin", QStringLiteral("12345"));
    type("address", earlier.address.section(QLatin1Char(','), 0, 0) + QStringLiteral(", 7"));
    auto* category = qobject_cast<QComboBox*>(form->editor(QStringLiteral("category")));
    category->setCurrentIndex(category->findData(earlier.categoryCode));
    type("description", earlier.description.left(80));
    QTest::qWait(600); // the side panel looks up after a pause in typing: this is that pause
    ok = grab(window, prefix + QStringLiteral("register.png")) && ok;

    window.showWorkspace(window.requestsWorkspace());
    auto* list = window.requestsWorkspace()->view();
    list->setCurrentIndex(list->model()->index(2, 0));
    ok = grab(window, prefix + QStringLiteral("requests.png")) && ok;

    window.showWorkspace(window.knowledgeBaseWorkspace());
    window.knowledgeBaseWorkspace()->searchEdit()->setText(QStringLiteral("отоплен"));
    QTest::keyClick(window.knowledgeBaseWorkspace()->searchEdit(), Qt::Key_Return);
    ok = grab(window, prefix + QStringLiteral("knowledge-base.png")) && ok;
    window.close();

    // The supervisor's week: the last whole week, so every day has its calls.
    auto supervisor = openAs(QStringLiteral("supervisor1"), QUrl(parser.value(server)), dir, language);
    if (!supervisor)
        return 1;
    supervisor->window->showWorkspace(supervisor->window->statisticsWorkspace());
    supervisor->window->statisticsWorkspace()->showWeek(
        tyndau::AlmatyTime::weekCode(tyndau::AlmatyTime::today().addDays(-7)));
    ok = grab(*supervisor->window, prefix + QStringLiteral("statistics.png")) && ok;
    supervisor->window->statisticsWorkspace()->findChild<QTabWidget*>()->setCurrentIndex(2);
    ok = grab(*supervisor->window, prefix + QStringLiteral("map.png")) && ok;
    supervisor->window->close();

    // The executor's queue and the inspector's review, each on its first request.
    for (const QString& login : {QStringLiteral("executor1"), QStringLiteral("inspector1")}) {
        auto user = openAs(login, QUrl(parser.value(server)), dir, language);
        if (!user)
            return 1;
        tyndau::RequestsWorkspace* queue = user->window->reviewWorkspace();
        user->window->showWorkspace(queue);
        queue->view()->setCurrentIndex(queue->view()->model()->index(0, 0));
        const bool inspector = login == QLatin1String("inspector1");
        ok = grab(*user->window,
                  prefix + (inspector ? QStringLiteral("review.png") : QStringLiteral("queue.png")))
            && ok;
        if (inspector) {
            for (QPushButton* b : queue->card()->findChildren<QPushButton*>())
                if (b->text() == tyndau::displayName(tyndau::Action::Return))
                    b->click();
            if (auto* dialog = queue->findChild<tyndau::ActionDialog*>()) {
                dialog->criteria().at(tyndau::QualityChecklist::LegalBasisCited)->setChecked(false);
                dialog->resize(640, dialog->sizeHint().height());
                ok = grab(*dialog, prefix + QStringLiteral("review-checklist.png")) && ok;
            }
        }
        user->window->close();
    }

    // The administrator: the deadlines and this year's calendar.
    auto admin = openAs(QStringLiteral("admin"), QUrl(parser.value(server)), dir, language);
    if (!admin)
        return 1;
    tyndau::AdministrationWorkspace* workspace = admin->window->administrationWorkspace();
    admin->window->showWorkspace(workspace);
    ok = grab(*admin->window, prefix + QStringLiteral("administration.png")) && ok;
    // The accounts (read from the server) with an executor chosen, and an organization with
    // what it serves.
    tyndau::UsersPanel* users = workspace->usersPanel();
    workspace->tabs()->setCurrentWidget(users);
    QSignalSpy listed(users->users(), &QAbstractItemModel::modelReset);
    if (users->users()->rowCount() == 0)
        listed.wait(30000);
    users->view()->selectRow(std::max(0, users->users()->rowOf(QStringLiteral("executor1"))));
    users->view()->resizeColumnsToContents();
    ok = grab(*admin->window, prefix + QStringLiteral("administration-users.png")) && ok;
    tyndau::OrganizationsPanel* organizations = workspace->organizationsPanel();
    workspace->tabs()->setCurrentWidget(organizations);
    organizations->view()->selectRow(
        std::max(0, organizations->organizations()->rowOf(QStringLiteral("almaty-su"))));
    ok = grab(*admin->window, prefix + QStringLiteral("administration-organizations.png")) && ok;
    admin->window->close();

    // The participation budget at the front office: the proposals, a vote being taken, and the
    // standing per district.
    auto front = openAs(QStringLiteral("operator1"), QUrl(parser.value(server)), dir, language);
    if (!front)
        return 1;
    tyndau::BudgetWorkspace* budget = front->window->budgetWorkspace();
    front->window->showWorkspace(budget);
    budget->tabs()->setCurrentWidget(budget->proposalsPanel());
    budget->proposalsPanel()->choose(0);
    ok = grab(*front->window, prefix + QStringLiteral("budget-proposals.png")) && ok;
    tyndau::BudgetVotingPanel* voting = budget->votingPanel();
    budget->tabs()->setCurrentWidget(voting);
    voting->showDistrict(QStringLiteral("almaly"));
    const QAbstractItemModel* ballot = voting->ballot()->model();
    for (int i = 0; i < std::min(2, ballot->rowCount()); ++i)
        voting->choose(ballot->index(i, 0).data(Qt::UserRole).toString());
    ok = grab(*front->window, prefix + QStringLiteral("budget-voting.png")) && ok;
    budget->tabs()->setCurrentWidget(budget->resultsPanel());
    budget->resultsPanel()->showDistrict(QStringLiteral("almaly"));
    ok = grab(*front->window, prefix + QStringLiteral("budget-results.png")) && ok;
    front->window->close();

    // Months later: the admin moves the season on to implementation and photographs a winner.
    auto manager = openAs(QStringLiteral("admin"), QUrl(parser.value(server)), dir, language);
    if (!manager)
        return 1;
    ok = photographWinner(*manager, prefix + QStringLiteral("budget-implementation.png")) && ok;
    return ok ? 0 : 1;
}
