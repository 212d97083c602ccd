#include "GuiFixture.h"
#include "app/RequestListModel.h"
#include "app/RequestSummaryModel.h"
#include "db/RequestStore.h"
#include "db/UploadStore.h"
#include "ui/RegisterForm.h"
#include "ui/RegisterSidePanel.h"
#include "ui/RegisterWorkspace.h"
#include "ui/RequestFilterBar.h"
#include "ui/RequestsWorkspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace tyndau;
using namespace tyndau::test;

// An operator on the phone: the register form by keyboard alone, against a real server.
class TestRegisterWorkspace : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiFixture> m_f;

    RegisterWorkspace* workspace() { return m_f->window().registerWorkspace(); }
    RegisterForm* form() { return workspace()->form(); }
    QWidget* focus() { return QApplication::focusWidget(); }
    // The field that has the keyboard focus (a combo box's line edit speaks for the box).
    QString focusedField()
    {
        QWidget* w = focus();
        if (w && qobject_cast<QComboBox*>(w->parentWidget()))
            w = w->parentWidget();
        return w ? w->property("tyndauField").toString() : QString();
    }
    void tab(int times = 1)
    {
        for (int i = 0; i < times; ++i)
            QTest::keyClick(focus(), Qt::Key_Tab);
    }
    Request stored(const QUuid& id)
    {
        return RequestStore(m_f->cache().db()).find(id).value().value_or(Request {});
    }

    // Fills the form by keyboard from the first field: name, phone, address, category, text.
    void typeRequest(const QString& phone, const QString& address, const QString& categoryText,
                     const QString& description)
    {
        form()->focusFirst();
        QCOMPARE(focusedField(), QStringLiteral("channel"));
        tab(4); // channel, kind, language, anonymous
        QCOMPARE(focusedField(), QStringLiteral("name"));
        typeIntoFocus(QStringLiteral("Сейткали Айгерим"));
        tab();
        QCOMPARE(focusedField(), QStringLiteral("phone"));
        typeIntoFocus(phone);
        tab(3); // phone, IIN, e-mail
        QCOMPARE(focusedField(), QStringLiteral("address"));
        typeIntoFocus(address);
        tab(2); // address, district (filled from the street)
        QCOMPARE(focusedField(), QStringLiteral("category"));
        typeIntoFocus(categoryText);
        QTest::keyClick(focus(), Qt::Key_Tab);
        QCOMPARE(focusedField(), QStringLiteral("description"));
        typeIntoFocus(description);
    }

private slots:
    void init()
    {
        m_f = std::make_unique<GuiFixture>();
        QVERIFY(m_f->startServer());
        QVERIFY(m_f->signIn(QStringLiteral("operator1")));
        QVERIFY(m_f->openWindow(QStringLiteral("ru"))); // names of categories and districts in Russian
        QCOMPARE(m_f->window().currentWorkspace(), workspace());
    }
    void cleanup() { m_f.reset(); }

    void registersByKeyboardAndFindsItAfterSync()
    {
        typeRequest(QStringLiteral("87015551234"), QStringLiteral("проспект Абая, 150"),
                    QStringLiteral("Теплоснабжение › Отсутствие отопления"),
                    QStringLiteral("Третий день нет отопления, батареи холодные"));
        QCOMPARE(ReferenceCombos_selected(QStringLiteral("district")), QStringLiteral("almaly"));
        QCOMPARE(ReferenceCombos_selected(QStringLiteral("category")), QStringLiteral("heating.outage"));
        QTest::keyClick(focus(), Qt::Key_Return); // Enter saves, even in the description
        QVERIFY2(workspace()->outcome().contains(QStringLiteral("П-")), qPrintable(workspace()->outcome()));
        const QUuid id = workspace()->lastSaved();
        QVERIFY(!id.isNull());
        QCOMPARE(focusedField(), QStringLiteral("channel")); // ready for the next call
        QCOMPARE(qobject_cast<QLineEdit*>(form()->editor(QStringLiteral("name")))->text(), QString());

        QVERIFY(m_f->waitForSync());
        const Request r = stored(id);
        QVERIFY(r.number.startsWith(QStringLiteral("2026-")) || r.number.startsWith(QStringLiteral("20")));
        QCOMPARE(r.status, Status::Assigned);
        QCOMPARE(r.orgCode, QStringLiteral("alts"));
        QVERIFY2(workspace()->outcome().contains(r.number), qPrintable(workspace()->outcome()));

        QTest::keyClick(&m_f->window(), Qt::Key_2, Qt::ControlModifier);
        auto* requests = m_f->window().requestsWorkspace();
        QCOMPARE(m_f->window().currentWorkspace(), requests);
        QTest::keySequence(&m_f->window(), QKeySequence::Find);
        QCOMPARE(focus(), requests->filterBar()->textEdit());
        typeIntoFocus(r.number);
        QTest::keyClick(focus(), Qt::Key_Return);
        QCOMPARE(requests->model()->rowCount(), 1);
        QCOMPARE(requests->model()->summaryAt(0)->id, id);
    }

    void validationShowsBesideTheFieldAndKeepsEverything()
    {
        typeRequest(QStringLiteral("12"), QStringLiteral("улица Толе би, 5"),
                    QStringLiteral("Отсутствие отопления"), QStringLiteral("Холодно"));
        // The phone was left: its problem is shown in words beside it.
        QVERIFY(!form()->problemShown(QStringLiteral("phone")).isEmpty());
        QCOMPARE(form()->problemShown(QStringLiteral("name")), QString());
        QTest::keyClick(focus(), Qt::Key_Return);
        QVERIFY(workspace()->outcome().contains(form()->problemShown(QStringLiteral("phone")).mid(2)));
        QVERIFY(!form()->problemShown(QStringLiteral("description")).isEmpty()); // too short, now judged
        QCOMPARE(focusedField(), QStringLiteral("phone")); // the first field with a problem
        // Nothing typed is lost.
        QCOMPARE(qobject_cast<QLineEdit*>(form()->editor(QStringLiteral("name")))->text(),
                 QStringLiteral("Сейткали Айгерим"));
        QCOMPARE(qobject_cast<QPlainTextEdit*>(form()->editor(QStringLiteral("description")))->toPlainText(),
                 QStringLiteral("Холодно"));
        QCOMPARE(RequestStore(m_f->cache().db()).count().value(), 0);

        // Fixed, it saves.
        auto* phone = qobject_cast<QLineEdit*>(form()->editor(QStringLiteral("phone")));
        phone->selectAll();
        typeIntoFocus(QStringLiteral("+7 701 555 12 34"));
        QCOMPARE(form()->problemShown(QStringLiteral("phone")), QString());
        form()->editor(QStringLiteral("description"))->setFocus();
        typeIntoFocus(QStringLiteral(" в квартире третий день"));
        QTest::keyClick(focus(), Qt::Key_Return);
        QVERIFY2(workspace()->outcome().contains(QStringLiteral("П-")), qPrintable(workspace()->outcome()));
    }

    void escapeAsksBeforeClearing()
    {
        form()->editor(QStringLiteral("name"))->setFocus();
        typeIntoFocus(QStringLiteral("Сейткали"));
        QTest::keyClick(focus(), Qt::Key_Escape);
        // Asked first; "Cancel" keeps the form.
        auto* box = workspace()->findChild<QMessageBox*>();
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        box->button(QMessageBox::Cancel)->click();
        QCOMPARE(qobject_cast<QLineEdit*>(form()->editor(QStringLiteral("name")))->text(),
                 QStringLiteral("Сейткали"));
        // "Discard" clears it, and the next call starts at the first field.
        QTRY_VERIFY(!workspace()->findChild<QMessageBox*>());
        QApplication::setActiveWindow(&m_f->window());
        QTest::keyClick(form()->editor(QStringLiteral("name")), Qt::Key_Escape);
        box = workspace()->findChild<QMessageBox*>();
        QVERIFY(box);
        box->button(QMessageBox::Discard)->click();
        QCOMPARE(qobject_cast<QLineEdit*>(form()->editor(QStringLiteral("name")))->text(), QString());
        QApplication::setActiveWindow(&m_f->window());
        QTRY_COMPARE(focusedField(), QStringLiteral("channel"));
    }

    void aMatchingAddressOffersTheLookAlikeAndLinks()
    {
        // Someone already called about the heating on this street: it is open at the executor.
        auto http = std::make_unique<TestHttp>(m_f->server().url());
        http->login(QStringLiteral("operator1"));
        const QUuid earlier = QUuid::createUuid();
        QJsonObject op = createOp(earlier);
        QJsonObject request = op.value(QLatin1String("request")).toObject();
        request.insert(QStringLiteral("address"), QStringLiteral("проспект Абая, 10"));
        request.insert(QStringLiteral("district"), QStringLiteral("almaly"));
        op.insert(QStringLiteral("request"), request);
        QCOMPARE(http->postJson(QStringLiteral("/api/v1/ops"), batch(op)).status, 200);
        QVERIFY(m_f->waitForSync());
        QTRY_COMPARE_WITH_TIMEOUT(stored(earlier).status, Status::Assigned, 30000);

        typeRequest(QStringLiteral("+77015551234"), QStringLiteral("Абай даңғылы, 10"),
                    QStringLiteral("Отсутствие отопления"),
                    QStringLiteral("Пәтерде жылу жоқ, батареялар суық"));
        QListView* alike = workspace()->sidePanel()->lookAlikeView();
        QTRY_COMPARE_WITH_TIMEOUT(alike->model()->rowCount(), 1, 5000);
        QCOMPARE(alike->model()->index(0, 0).data(RequestSummaryModel::IdRole).toUuid(), earlier);
        QTest::keyClick(focus(), Qt::Key_F8); // one key links the call (the button animates its click)
        QTRY_VERIFY2(!workspace()->lastSaved().isNull(), qPrintable(workspace()->outcome()));
        const QUuid linked = workspace()->lastSaved();
        QVERIFY(m_f->waitForSync());
        QTRY_COMPARE_WITH_TIMEOUT(stored(linked).status, Status::Duplicate, 30000);
        QCOMPARE(stored(linked).linkedTo, earlier);
    }

    void aConsultationClosesTheRequest()
    {
        typeRequest(QStringLiteral("+77015551234"), QStringLiteral("улица Толе би, 5"),
                    QStringLiteral("Отсутствие отопления"),
                    QStringLiteral("Нет отопления в квартире, батареи холодные"));
        QListView* articles = workspace()->sidePanel()->articleView();
        QTRY_VERIFY_WITH_TIMEOUT(articles->model()->rowCount() > 0, 5000);
        QTest::keyClick(focus(), Qt::Key_F9); // one key answers it
        QTRY_VERIFY2(!workspace()->lastSaved().isNull(), qPrintable(workspace()->outcome()));
        const QUuid id = workspace()->lastSaved();
        QVERIFY(m_f->waitForSync());
        QTRY_COMPARE_WITH_TIMEOUT(stored(id).status, Status::Consulted, 30000);
        QVERIFY(!stored(id).answerText.isEmpty());
    }

    void attachmentsAreCheckedKeptAndSentAfterTheRequest()
    {
        QTemporaryDir files;
        const QString photo = files.filePath(QStringLiteral("яма.png"));
        QImage image(32, 24, QImage::Format_RGB32);
        image.fill(Qt::darkGray);
        QVERIFY(image.save(photo));
        const QString notes = files.filePath(QStringLiteral("notes.txt"));
        QFile text(notes);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not a photo");
        text.close();

        typeRequest(QStringLiteral("+77015551234"), QStringLiteral("улица Толе би, 5"),
                    QStringLiteral("Отсутствие отопления"),
                    QStringLiteral("Нет отопления в квартире третий день"));
        form()->attachFiles({notes});
        QVERIFY(form()->problemShown(QStringLiteral("attachments")).contains(QStringLiteral("notes.txt")));
        form()->attachFiles({photo});
        QCOMPARE(form()->problemShown(QStringLiteral("attachments")), QString());
        form()->editor(QStringLiteral("description"))->setFocus();
        QTest::keyClick(focus(), Qt::Key_Return);
        const QUuid id = workspace()->lastSaved();
        QVERIFY2(!id.isNull(), qPrintable(workspace()->outcome()));
        QCOMPARE(stored(id).attachments.size(), 1); // at once, locally

        // Sent once the server has the request; the server's copy comes back with it.
        QVERIFY(m_f->waitForSync());
        QTRY_COMPARE_WITH_TIMEOUT(UploadStore(m_f->cache().db()).count().value(), 0, 30000);
        QVERIFY(m_f->waitForSync());
        const Request r = stored(id);
        QVERIFY(!r.number.isEmpty());
        QCOMPARE(r.attachments.size(), 1);
        QCOMPARE(r.attachments.first().fileName, QStringLiteral("яма.png"));
        QCOMPARE(r.attachments.first().mimeType, QStringLiteral("image/png"));
        TestHttp http(m_f->server().url());
        http.login(QStringLiteral("operator1"));
        const auto back = http.get(QStringLiteral("/api/v1/attachments/") + r.attachments.first().sha256);
        QCOMPARE(back.status, 200);
    }

    void offlineShowsTheProvisionalNumberThenTheOfficialOne()
    {
        m_f->server().stop();
        typeRequest(QStringLiteral("+77015551234"), QStringLiteral("улица Толе би, 5"),
                    QStringLiteral("Отсутствие отопления"),
                    QStringLiteral("Нет отопления в квартире третий день"));
        QTest::keyClick(focus(), Qt::Key_Return);
        const QUuid id = workspace()->lastSaved();
        QVERIFY(workspace()->outcome().contains(stored(id).provisionalNumber));
        QVERIFY(!m_f->syncOnce());
        QVERIFY(m_f->window().syncStatusBar()->offlineShown());
        QVERIFY(stored(id).number.isEmpty());

        QVERIFY(m_f->restartServer());
        QVERIFY(m_f->waitForSync());
        QVERIFY(!m_f->window().syncStatusBar()->offlineShown());
        const Request r = stored(id);
        QVERIFY(!r.number.isEmpty());
        QVERIFY2(workspace()->outcome().contains(r.number), qPrintable(workspace()->outcome()));
    }

private:
    QString ReferenceCombos_selected(const QString& field)
    {
        auto* combo = qobject_cast<QComboBox*>(form()->editor(field));
        return combo ? combo->currentData().toString() : QString();
    }
};

QTEST_MAIN(TestRegisterWorkspace)
#include "TestRegisterWorkspace.moc"
