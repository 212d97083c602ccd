#include "GuiFixture.h"
#include "app/KbSearchModel.h"
#include "db/KnowledgeBaseStore.h"
#include "ui/KbEditorDialog.h"
#include "ui/KnowledgeBaseWorkspace.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>

using namespace tyndau;
using namespace tyndau::test;

// The knowledge base as an operator uses it during a call: search as you type in either
// language, the article with its steps, the other language one key away, the answer copied.
class TestKnowledgeBaseWorkspace : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalCache> m_cache;

private slots:
    void initTestCase()
    {
        auto cache = LocalCache::open(m_dir.filePath(QStringLiteral("cache.db")));
        QVERIFY(cache.ok());
        m_cache = std::move(cache).value();
    }

    void searchAsYouTypeInRussianAndKazakh()
    {
        KnowledgeBaseWorkspace kb(*m_cache, false);
        kb.show();
        QVERIFY(QTest::qWaitForWindowExposed(&kb));
        QAbstractItemModelTester tester(kb.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        kb.searchEdit()->setFocus();
        typeText(kb.searchEdit(), QStringLiteral("ОТОПЛЕН")); // upper case, a word's beginning
        QTRY_VERIFY(kb.model()->rowCount() > 0);
        const QModelIndex first = kb.model()->index(0);
        QVERIFY(first.data(KbSearchModel::TitleRole).toString().contains(QStringLiteral("<b>"))
                || first.data(KbSearchModel::SnippetRole).toString().contains(QStringLiteral("<b>")));
        QVERIFY(!first.data(Qt::DisplayRole).toString().contains(QLatin1Char('<'))); // plain for readers
        // The first hit is shown with its numbered steps.
        QTRY_VERIFY(!kb.articleText().isEmpty());
        const auto article = KnowledgeBaseStore(m_cache->db())
                                 .article(first.data(KbSearchModel::ArticleIdRole).toLongLong());
        const QStringList steps = article.value()->texts.value(Language::Russian).steps;
        QVERIFY(!steps.isEmpty());
        QVERIFY(kb.articleText().contains(steps.first()));
        auto* view = kb.findChild<QTextBrowser*>();
        QVERIFY(view->document()->toHtml().contains(QStringLiteral("<li"))); // a numbered list

        kb.searchEdit()->clear();
        typeText(kb.searchEdit(), QStringLiteral("ЫСТЫҚ СУ")); // Kazakh capitals fold too
        QTRY_COMPARE(kb.model()->query(), QStringLiteral("ЫСТЫҚ СУ")); // searched after a pause in typing
        QVERIFY(kb.model()->rowCount() > 0);
        QCOMPARE(kb.model()->index(0).data(KbSearchModel::LanguageRole).toString(), QStringLiteral("kk"));
    }

    void otherLanguageAndCopy()
    {
        KnowledgeBaseWorkspace kb(*m_cache, false);
        kb.show();
        QVERIFY(QTest::qWaitForWindowExposed(&kb));
        kb.searchEdit()->setText(QStringLiteral("отопления"));
        QTRY_VERIFY(kb.model()->rowCount() > 0);
        QTRY_COMPARE(kb.shownLanguage(), Language::Russian);
        const QString russian = kb.articleText();
        QTest::keyClick(&kb, Qt::Key_F4);
        QTRY_COMPARE(kb.shownLanguage(), Language::Kazakh);
        QVERIFY(kb.articleText() != russian);
        QVERIFY(kb.articleText().contains(QRegularExpression(QStringLiteral("[әғқңөұүһі]"))));
        QTest::keyClick(&kb, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(!QGuiApplication::clipboard()->text().isEmpty());
        QVERIFY(kb.articleText().contains(QGuiApplication::clipboard()->text().left(40)));
    }

    void anAdminsEditReachesEveryWorkstation()
    {
        GuiFixture f;
        QVERIFY(f.startServer());
        QVERIFY(f.signIn(QStringLiteral("admin")));
        QVERIFY(f.openWindow());
        KnowledgeBaseWorkspace* kb = f.window().knowledgeBaseWorkspace();
        f.window().showWorkspace(kb);
        kb->searchEdit()->setText(QStringLiteral("горячей воды"));
        QTRY_VERIFY(kb->model()->rowCount() > 0);
        QTRY_VERIFY(!kb->articleText().isEmpty());
        kb->editShown();
        auto* editor = kb->findChild<KbEditorDialog*>();
        QVERIFY(editor);
        auto* ruTitle = qobject_cast<QLineEdit*>(editor->editor(QStringLiteral("ru.title")));
        auto* kkAnswer = qobject_cast<QPlainTextEdit*>(editor->editor(QStringLiteral("kk.answer")));
        // An empty Kazakh answer is refused beside the field; nothing typed is lost.
        const QString answer = kkAnswer->toPlainText();
        kkAnswer->clear();
        ruTitle->setText(QStringLiteral("Нет горячей воды: переработанная статья"));
        editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        QVERIFY(!editor->problemShown(QStringLiteral("kk.answer")).isEmpty());
        QCOMPARE(ruTitle->text(), QStringLiteral("Нет горячей воды: переработанная статья"));
        kkAnswer->setPlainText(answer);
        editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        QTRY_VERIFY(!kb->findChild<KbEditorDialog*>());
        QVERIFY(f.waitForSync());

        // Another workstation, an operator's, hears of it with its next sync.
        QTemporaryDir other;
        auto cache = LocalCache::open(other.filePath(QStringLiteral("cache.db")));
        QVERIFY(cache.ok());
        const QString edit = QStringLiteral("переработанная");
        QVERIFY(KnowledgeBaseStore(cache.value()->db()).search(edit, Language::Russian).value().isEmpty());
        SyncEngine engine(cache.value()->db(), f.server().url());
        TestHttp http(f.server().url());
        engine.setToken(http.login(QStringLiteral("operator1")));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QSignalSpy done(&engine, &SyncEngine::finished);
                engine.syncNow();
                done.wait(30000);
                const auto hits = KnowledgeBaseStore(cache.value()->db()).search(edit, Language::Russian);
                return hits.ok() && !hits.value().isEmpty();
            }(),
            60000);
    }
};

QTEST_MAIN(TestKnowledgeBaseWorkspace)
#include "TestKnowledgeBaseWorkspace.moc"
