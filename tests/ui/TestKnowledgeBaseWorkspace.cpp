#include "GuiFixture.h"
#include "app/KbSearchModel.h"
#include "db/KnowledgeBaseStore.h"
#include "ui/KnowledgeBaseWorkspace.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QLineEdit>
#include <QListView>
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
        KnowledgeBaseWorkspace kb(*m_cache);
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
        KnowledgeBaseWorkspace kb(*m_cache);
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
};

QTEST_MAIN(TestKnowledgeBaseWorkspace)
#include "TestKnowledgeBaseWorkspace.moc"
