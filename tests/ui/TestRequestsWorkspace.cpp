#include "GuiFixture.h"
#include "app/AttachmentFiles.h"
#include "app/BlobFetcher.h"
#include "app/RequestListModel.h"
#include "core/QualityChecklist.h"
#include "db/RequestStore.h"
#include "ui/ActionDialog.h"
#include "ui/RequestCard.h"
#include "ui/RequestFilterBar.h"
#include "ui/RequestsWorkspace.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSplitter>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace tyndau;
using namespace tyndau::test;

namespace {

// Stands in for the desktop: QDesktopServices hands it the URLs it would open.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl& url) { urls.append(url); }
};

// A server that takes connections and answers only when told, with 503: a fetch that is still
// under way while the test moves on (a loopback fetch from the real server is over first).
class HeldServer : public QTcpServer
{
public:
    bool holding() const { return !m_held.isEmpty(); }
    void answer()
    {
        for (QTcpSocket* socket : std::as_const(m_held))
            socket->write(
                "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        m_held.clear();
    }

protected:
    void incomingConnection(qintptr handle) override
    {
        auto* socket = new QTcpSocket(this);
        socket->setSocketDescriptor(handle);
        m_held.append(socket);
    }

private:
    QList<QTcpSocket*> m_held;
};

} // namespace

// The requests list, its filters and a request's card with exactly the role's actions,
// against a real server.
class TestRequestsWorkspace : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiFixture> m_f;
    QUuid m_water; // for Almaty Su
    QUuid m_heating; // for Almaty Heating Networks

    RequestsWorkspace* workspace() { return m_f->window().requestsWorkspace(); }
    void createOn(TestHttp& http, const QUuid& id, const QString& category, const QString& org)
    {
        QJsonObject op = createOp(id, QUuid::createUuid(), org);
        QJsonObject request = op.value(QLatin1String("request")).toObject();
        request.insert(QStringLiteral("category"), category);
        op.insert(QStringLiteral("request"), request);
        QCOMPARE(http.postJson(QStringLiteral("/api/v1/ops"), batch(op)).status, 200);
    }
    // A photo attached to the water request at another workstation (the operator's), sent
    // as "счётчик/../воды.exe"; its bytes.
    QByteArray postWaterPhoto()
    {
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        QByteArray png;
        QBuffer buffer(&png);
        if (!buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG"))
            return {};
        TestHttp http(m_f->server().url());
        http.login(QStringLiteral("operator1"));
        const auto posted = http.post(
            QStringLiteral("/api/v1/requests/%1/attachments?name=%2")
                .arg(m_water.toString(QUuid::WithoutBraces),
                     QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("счётчик/../воды.exe")))),
            png, "application/octet-stream");
        return posted.status == 201 ? png : QByteArray();
    }
    static QListView* attachmentsOf(RequestCard* card)
    {
        for (QListView* v : card->findChildren<QListView*>())
            if (v->accessibleName() == QLatin1String("Attachments"))
                return v;
        return nullptr;
    }
    void selectRequest(const QUuid& id)
    {
        const int row = workspace()->model()->rowOf(id);
        QVERIFY(row >= 0);
        workspace()->view()->setCurrentIndex(workspace()->model()->index(row, 0));
        QCOMPARE(workspace()->card()->requestId(), id);
    }

private slots:
    void init()
    {
        m_f = std::make_unique<GuiFixture>();
        QVERIFY(m_f->startServer());
        TestHttp http(m_f->server().url());
        http.login(QStringLiteral("operator1"));
        m_water = QUuid::createUuid();
        m_heating = QUuid::createUuid();
        createOn(http, m_water, QStringLiteral("water.cold_supply"), QStringLiteral("almaty-su"));
        createOn(http, m_heating, QStringLiteral("heating.outage"), QStringLiteral("alts"));
    }
    void cleanup() { m_f.reset(); }

    void theOperatorFiltersAndReadsTheCard()
    {
        QVERIFY(m_f->signIn(QStringLiteral("operator1")));
        QVERIFY(m_f->openWindow());
        QTest::keyClick(&m_f->window(), Qt::Key_2, Qt::ControlModifier);
        QAbstractItemModelTester tester(workspace()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(workspace()->model()->totalCount(), 2);
        QCOMPARE(workspace()->countText(), QStringLiteral("2 requests"));

        // Filter by category group through the bar.
        QComboBox* category = workspace()->filterBar()->findChildren<QComboBox*>().at(3);
        category->setCurrentIndex(category->findData(QStringLiteral("heating")));
        QCOMPARE(workspace()->model()->rowCount(), 1);
        QCOMPARE(workspace()->model()->summaryAt(0)->id, m_heating);
        QCOMPARE(workspace()->countText(), QStringLiteral("1 request"));
        workspace()->filterBar()->reset();
        QCOMPARE(workspace()->model()->rowCount(), 2);

        // "My requests": both were registered by operator1.
        workspace()->filterBar()->mineBox()->setChecked(true);
        QCOMPARE(workspace()->model()->rowCount(), 2);

        selectRequest(m_heating);
        RequestCard* card = workspace()->card();
        QCOMPARE(card->fieldText(QStringLiteral("Phone:")), QStringLiteral("+77011234567"));
        QVERIFY(!card->fieldText(QStringLiteral("Deadline:")).isEmpty());
        QVERIFY(card->fieldText(QStringLiteral("Executor:")).contains(QStringLiteral("Heating")));
        // The operator may only mark it a duplicate now: the executor works on it.
        QCOMPARE(card->actionTexts(), QStringList {displayName(Action::MarkDuplicate)});
        auto* timeline = card->findChild<QListView*>();
        QAbstractItemModelTester historyTester(timeline->model(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(timeline->model()->rowCount(), 2); // registered, assigned
        // Its title, the number and the status, is shown whole on a card at its narrowest, in
        // Russian too ("Направлено исполнителю").
        auto* splitter = qobject_cast<QSplitter*>(card->parentWidget());
        QVERIFY(splitter);
        splitter->setSizes({10000, 1});
        QTRY_COMPARE(card->width(), card->minimumWidth());
        QVERIFY(m_f->language().apply(QStringLiteral("ru")));
        const auto* title = card->findChild<QLabel*>(QStringLiteral("title"));
        QTRY_VERIFY(title->text().contains(QStringLiteral("Направлено исполнителю")));
        QVERIFY(title->geometry().right() < card->width());
        // Whole: on one line that fits, or on as many lines as it needs.
        const int oneLine = title->fontMetrics().horizontalAdvance(title->text());
        QVERIFY2(title->wordWrap() || oneLine <= title->contentsRect().width(), qPrintable(title->text()));
        QTRY_VERIFY(title->height() >= title->heightForWidth(title->width()));
    }

    void theExecutorSeesOnlyItsOwnAndTakesIt()
    {
        QVERIFY(m_f->signIn(QStringLiteral("executor1")));
        QVERIFY(m_f->openWindow());
        QTRY_COMPARE(workspace()->model()->totalCount(), 1);
        QCOMPARE(workspace()->model()->summaryAt(0)->id, m_water);
        selectRequest(m_water);
        RequestCard* card = workspace()->card();
        // The executor answers the citizen: it sees the contacts of its own requests.
        QCOMPARE(card->fieldText(QStringLiteral("Phone:")), QStringLiteral("+77011234567"));
        const QStringList actions = card->actionTexts();
        QVERIFY(actions.contains(displayName(Action::Take)));
        QVERIFY(!actions.contains(displayName(Action::Accept)));

        const auto buttons = card->findChildren<QPushButton*>();
        for (QPushButton* b : buttons)
            if (b->text() == displayName(Action::Take))
                b->click();
        auto* dialog = workspace()->findChild<ActionDialog*>();
        QVERIFY(dialog);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(m_f->waitForSync());
        QTRY_COMPARE_WITH_TIMEOUT(RequestStore(m_f->cache().db()).find(m_water).value()->status,
                                  Status::InProgress, 30000);
        QTRY_VERIFY(card->actionTexts().contains(displayName(Action::Answer)));

        // The answer needs the measures with their dates and the legal basis.
        QTRY_VERIFY(!workspace()->findChild<ActionDialog*>()); // the Take dialog has gone
        for (QPushButton* b : card->findChildren<QPushButton*>())
            if (b->text() == displayName(Action::Answer))
                b->click();
        auto* answer = workspace()->findChild<ActionDialog*>();
        QVERIFY(answer);
        answer->field(QStringLiteral("answer"))->setPlainText(QStringLiteral("Утечка устранена."));
        answer->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(!answer->problem().isEmpty());
        answer->field(QStringLiteral("measures"))
            ->setPlainText(QStringLiteral("Заменён участок трубы 24.11.2026."));
        answer->field(QStringLiteral("legal_basis"))->setPlainText(QStringLiteral("АППК РК, ст. 91"));
        // A photo of the repaired pipe goes with the answer; a text file does not.
        QTemporaryDir files;
        const QString photo = files.filePath(QStringLiteral("pipe.png"));
        const QString notes = files.filePath(QStringLiteral("notes.txt"));
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::darkBlue);
        QVERIFY(image.save(photo, "PNG"));
        QFile text(notes);
        QVERIFY(text.open(QIODevice::WriteOnly) && text.write("not a photo") > 0);
        text.close();
        QVERIFY(!answer->attach(notes));
        QVERIFY(!answer->problem().isEmpty());
        QVERIFY(answer->attach(photo));
        QCOMPARE(answer->attachedFiles(), QStringList {QStringLiteral("pipe.png")});
        answer->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(m_f->waitForSync());
        QTRY_COMPARE_WITH_TIMEOUT(RequestStore(m_f->cache().db()).find(m_water).value()->status,
                                  Status::Answered, 30000);
        const QString sent = RequestStore(m_f->cache().db()).find(m_water).value()->answerText;
        QVERIFY(sent.contains(QStringLiteral("Заменён участок трубы"))
                && sent.contains(QStringLiteral("АППК РК")));
        // The server has the photo on the request, for the inspector and the citizen.
        TestHttp http(m_f->server().url());
        http.login(QStringLiteral("inspector1"));
        const QString path = QStringLiteral("/api/v1/requests/") + m_water.toString(QUuid::WithoutBraces);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_f->syncOnce()
                && QJsonDocument(http.get(path).json.value(QLatin1String("attachments")).toArray())
                       .toJson()
                       .contains("pipe.png"),
            30000);
    }

    // A file attached at another workstation is fetched from the server when the user opens
    // it from the card, checked against its hash and handed to the desktop's viewer, under its
    // own name and the extension of what it is.
    void anAttachmentFromAnotherWorkstationOpensFromTheCard()
    {
        const QByteArray png = postWaterPhoto();
        QVERIFY(!png.isEmpty());

        QVERIFY(m_f->signIn(QStringLiteral("inspector1")));
        QVERIFY(m_f->openWindow());
        QTRY_COMPARE(workspace()->model()->totalCount(), 2);
        selectRequest(m_water);
        QListView* attachments = attachmentsOf(workspace()->card());
        QVERIFY(attachments);
        QTRY_COMPARE(attachments->model()->rowCount(), 1);
        QAbstractItemModelTester tester(attachments->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Listed by the name it opens under; the name it was sent with in the tooltip.
        QVERIFY(attachments->model()->index(0, 0).data().toString().startsWith(QStringLiteral("воды.png (")));
        QVERIFY(attachments->model()
                    ->index(0, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("воды.exe")));

        UrlCatcher catcher; // what the desktop would have been asked to open
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
        auto unhook = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); });
        // Enter on the list, as the keyboard does it.
        attachments->setCurrentIndex(attachments->model()->index(0, 0));
        QTest::keyClick(attachments, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(catcher.urls.size(), 1, 30000);
        const QString path = catcher.urls.first().toLocalFile();
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("воды.png")); // no path, no .exe
        QFile opened(path);
        QVERIFY(opened.open(QIODevice::ReadOnly));
        QCOMPARE(opened.readAll(), png);
        QCOMPARE(workspace()->card()->attachmentStatus(), QString());

        // A double-click opens it too, from this workstation's cache now. (Through the window, as
        // the platform delivers one: QTest's double-click on a widget skips the press before it.)
        m_f->window().showWorkspace(workspace());
        QTRY_VERIFY(attachments->isVisible());
        const QPoint item = attachments->visualRect(attachments->model()->index(0, 0)).center();
        QWidget* window = attachments->window();
        QTest::mouseDClick(window->windowHandle(), Qt::LeftButton, Qt::NoModifier,
                           attachments->viewport()->mapTo(window, item));
        QTRY_COMPARE_WITH_TIMEOUT(catcher.urls.size(), 2, 30000);
        QCOMPARE(QFileInfo(catcher.urls.last().toLocalFile()).fileName(), QStringLiteral("воды.png"));
    }

    // A fetch that ends after the user went on to another request says nothing on that
    // request's card: what it says belongs to the request it was opened from.
    void aLateFetchSaysNothingOnAnotherRequestsCard()
    {
        QVERIFY(!postWaterPhoto().isEmpty());
        QVERIFY(m_f->signIn(QStringLiteral("inspector1")));
        QVERIFY(m_f->openWindow());
        QTRY_COMPARE(workspace()->model()->totalCount(), 2);
        m_f->window().showWorkspace(workspace()); // the inspector opens on the review queue
        selectRequest(m_water);
        RequestCard* card = workspace()->card();
        QListView* attachments = attachmentsOf(card);
        QVERIFY(attachments);
        QTRY_COMPARE(attachments->model()->rowCount(), 1);

        HeldServer held;
        QVERIFY(held.listen(QHostAddress::LocalHost));
        auto* slow = new BlobFetcher(m_f->cache().db(),
                                     QUrl(QStringLiteral("http://127.0.0.1:%1").arg(held.serverPort())),
                                     QString(), card);
        card->setAttachmentFiles(new AttachmentFiles(m_f->cache().db(), slow, card));
        QSignalSpy ended(slow, &BlobFetcher::failed);
        attachments->setCurrentIndex(attachments->model()->index(0, 0));
        QTest::keyClick(attachments, Qt::Key_Return);
        QVERIFY2(card->attachmentStatus().contains(QStringLiteral("воды")),
                 qPrintable(card->attachmentStatus()));

        selectRequest(m_heating); // the user moves on while it downloads
        QCOMPARE(card->attachmentStatus(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(held.holding(), 30000);
        held.answer();
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 30000);
        QCOMPARE(card->requestId(), m_heating);
        QCOMPARE(card->attachmentStatus(), QString()); // not "“воды.exe” cannot be opened" here

        // Back on the water request, the same failure is said there, in words (not Qt's,
        // which name the URL).
        selectRequest(m_water);
        attachments->setCurrentIndex(attachments->model()->index(0, 0));
        QTest::keyClick(attachments, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(held.holding(), 30000);
        held.answer();
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 2, 30000);
        const QString said = card->attachmentStatus();
        QVERIFY2(said.contains(QStringLiteral("(HTTP 503)")) && !said.contains(QStringLiteral("http://")),
                 qPrintable(said));
    }

    void theSupervisorSeesNoPersonalData()
    {
        QVERIFY(m_f->signIn(QStringLiteral("supervisor1")));
        QVERIFY(m_f->openWindow());
        QTRY_COMPARE(workspace()->model()->totalCount(), 2);
        selectRequest(m_heating);
        const QString iin = workspace()->card()->fieldText(QStringLiteral("IIN:"));
        QVERIFY2(!iin.contains(QStringLiteral("880315300014")), qPrintable(iin));
        QVERIFY(
            !workspace()->card()->fieldText(QStringLiteral("Phone:")).contains(QStringLiteral("1234567")));
        QCOMPARE(workspace()->card()->actionTexts(), QStringList {}); // supervisors read, never act
    }

    void theInspectorsQueueHoldsWhatWaitsForADecision()
    {
        // Almaty Su answers its request; the heating one is still with its executor.
        TestHttp executor(m_f->server().url());
        executor.login(QStringLiteral("executor1"));
        QCOMPARE(firstResult(executor.postJson(QStringLiteral("/api/v1/ops"),
                                               batch(actionOp(m_water, QStringLiteral("take")))))
                     .value(QLatin1String("status"))
                     .toString(),
                 QStringLiteral("applied"));
        const QJsonObject answer {{QStringLiteral("answer"), QStringLiteral("Утечка устранена 24 ноября.")}};
        QCOMPARE(firstResult(executor.postJson(QStringLiteral("/api/v1/ops"),
                                               batch(actionOp(m_water, QStringLiteral("answer"), answer))))
                     .value(QLatin1String("status"))
                     .toString(),
                 QStringLiteral("applied"));
        QVERIFY(m_f->signIn(QStringLiteral("inspector1")));
        QVERIFY(m_f->openWindow());
        RequestsWorkspace* review = m_f->window().reviewWorkspace();
        QVERIFY(review);
        QCOMPARE(m_f->window().workspaceNames().first(), QStringLiteral("Review"));
        QTRY_COMPARE(review->model()->totalCount(), 1);
        QCOMPARE(review->model()->summaryAt(0)->id, m_water);
        review->view()->setCurrentIndex(review->model()->index(0, 0));
        const QStringList actions = review->card()->actionTexts();
        QVERIFY(actions.contains(displayName(Action::Accept)));
        QVERIFY(actions.contains(displayName(Action::Return)));
        // The whole list is still there.
        QCOMPARE(m_f->window().requestsWorkspace()->model()->totalCount(), 2);

        // Return for rework with the checklist: the legal basis is missing.
        for (QPushButton* b : review->card()->findChildren<QPushButton*>())
            if (b->text() == displayName(Action::Return))
                b->click();
        auto* dialog = review->findChild<ActionDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->criteria().size(), int(QualityChecklist::CriterionCount));
        QVERIFY(
            dialog->criteria().at(QualityChecklist::WithinDeadline)->isChecked()); // answered the same day
        for (QCheckBox* box : dialog->criteria())
            box->setChecked(true);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(!dialog->problem().isEmpty()); // nothing unchecked, no reason: what should be fixed?
        dialog->criteria().at(QualityChecklist::LegalBasisCited)->setChecked(false);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(m_f->waitForSync());
        QTRY_COMPARE_WITH_TIMEOUT(RequestStore(m_f->cache().db()).find(m_water).value()->status,
                                  Status::Returned, 30000);
        const auto history = RequestStore(m_f->cache().db()).history(m_water).value();
        QVERIFY2(history.last().comment.contains(QStringLiteral("Quality: 4 of 5")),
                 qPrintable(history.last().comment));
        QVERIFY(history.last().comment.contains(
            QualityChecklist::name(QualityChecklist::LegalBasisCited).toLower()));
    }

    void aRefusedActionIsShownAndNothingIsLost()
    {
        QVERIFY(m_f->signIn(QStringLiteral("executor1")));
        QVERIFY(m_f->openWindow());
        QTRY_COMPARE(workspace()->model()->totalCount(), 1);
        selectRequest(m_water);
        for (QPushButton* b : workspace()->card()->findChildren<QPushButton*>())
            if (b->text() == displayName(Action::RequestExtension))
                b->click();
        auto* dialog = workspace()->findChild<ActionDialog*>();
        QVERIFY(dialog);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click(); // no reason given
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->problem().isEmpty());
    }
};

QTEST_MAIN(TestRequestsWorkspace)
#include "TestRequestsWorkspace.moc"
