// ShapedTextDelegate draws a list's cells from the texts it keeps laid out: what the user sees
// must be what Qt's own delegate draws, pixel for pixel, whatever the cell holds.
#include "ui/ShapedTextDelegate.h"

#include <QHeaderView>
#include <QListView>
#include <QProxyStyle>
#include <QStandardItemModel>
#include <QTableView>
#include <QtTest>

using namespace tyndau;

namespace {

// Rows an operator's list holds: Russian and Kazakh, repeated values, a text too long for its
// column, numbers aligned right and centred, coloured text, an empty cell, a deadline's sign.
void fill(QStandardItemModel& model)
{
    const QStringList statuses {QStringLiteral("Зарегистрировано"), QStringLiteral("Направлено исполнителю"),
                                QStringLiteral("Қаралуда"), QString()};
    for (int row = 0; row < 12; ++row) {
        auto* number = new QStandardItem(QStringLiteral("2026-%1").arg(17960 + row, 6, 10, QLatin1Char('0')));
        auto* status = new QStandardItem(statuses.at(row % statuses.size()));
        auto* text = new QStandardItem(row % 2 ? QStringLiteral("Тротуар по адресу микрорайон Кулагер, 101 "
                                                                "разбит, пешеходам негде пройти.")
                                               : QStringLiteral("Жарық жоқ, ёлка\nна площади"));
        // Ending in a glyph that overhangs its advance ('f', italic): aligned by its advance.
        auto* amount
            = new QStandardItem(row % 4 == 3 ? QStringLiteral("Staff") : QString::number(1500 * row));
        if (row % 4 == 3) {
            QFont italic;
            italic.setItalic(true);
            amount->setFont(italic);
        }
        amount->setTextAlignment((row % 3 ? Qt::AlignRight : Qt::AlignHCenter) | Qt::AlignVCenter);
        if (row % 3 == 0)
            status->setForeground(QColor(0x84, 0x20, 0x29));
        if (row % 4 == 1)
            number->setText(QStringLiteral("⚠ 17.12.2026 · Просрочено"));
        model.appendRow({number, status, text, amount});
    }
}

// A list as the workstation shows one: one line a row, rows in alternating colours.
void setUp(QTableView& view, QStandardItemModel& model)
{
    view.setModel(&model);
    view.setWordWrap(false);
    view.setAlternatingRowColors(true);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setColumnWidth(1, 120); // "Направлено исполнителю" is elided
    view.setColumnWidth(2, 260);
    view.resize(700, 400);
}

// A style that highlights a selected item behind its text only, as some desktops' do.
class SelectionBehindTheText : public QProxyStyle
{
public:
    int styleHint(StyleHint hint, const QStyleOption* option, const QWidget* widget,
                  QStyleHintReturn* returned) const override
    {
        if (hint == SH_ItemView_ShowDecorationSelected)
            return 0;
        return QProxyStyle::styleHint(hint, option, widget, returned);
    }
};

QImage painted(QAbstractItemView& view)
{
    view.viewport()->update();
    return view.grab().toImage();
}

} // namespace

class TestShapedTextDelegate : public QObject
{
    Q_OBJECT

private slots:
    void paintsWhatQtsDelegatePaints();
    void aRepeatedTextIsLaidOutOnce();
    void aNewFontLaysTheTextsOutAgain();
    void aListWithItsSelectionBehindTheTextToo();
};

void TestShapedTextDelegate::paintsWhatQtsDelegatePaints()
{
    QStandardItemModel model;
    fill(model);
    QTableView qts;
    QTableView ours;
    ours.setItemDelegate(new ShapedTextDelegate(&ours));
    for (QTableView* view : {&qts, &ours}) {
        setUp(*view, model);
        view->selectRow(2);
    }
    const QImage expected = painted(qts);
    const QImage actual = painted(ours);
    QCOMPARE(actual.size(), expected.size());
    int differing = 0;
    for (int y = 0; y < expected.height(); ++y)
        for (int x = 0; x < expected.width(); ++x)
            differing += actual.pixel(x, y) != expected.pixel(x, y);
    if (differing) {
        expected.save(QDir::temp().filePath(QStringLiteral("shaped-expected.png")));
        actual.save(QDir::temp().filePath(QStringLiteral("shaped-actual.png")));
    }
    QCOMPARE(differing, 0);
}

void TestShapedTextDelegate::aRepeatedTextIsLaidOutOnce()
{
    QStandardItemModel model;
    fill(model);
    QTableView view;
    auto* delegate = new ShapedTextDelegate(&view);
    view.setItemDelegate(delegate);
    setUp(view, model);
    view.resize(900, 500);
    painted(view);
    // Nine numbers and the deadline's sign, three statuses, one description (the other has
    // two lines: the style lays it out), nine amounts and "Staff" three times (in two
    // alignments): each laid out once, however many cells show it, and not again for a repaint.
    QCOMPARE(delegate->keptTexts(), 10 + 3 + 1 + 9 + 2);
    painted(view);
    QCOMPARE(delegate->keptTexts(), 10 + 3 + 1 + 9 + 2);
}

void TestShapedTextDelegate::aNewFontLaysTheTextsOutAgain()
{
    QStandardItemModel model;
    fill(model);
    QTableView qts;
    QTableView ours;
    ours.setItemDelegate(new ShapedTextDelegate(&ours));
    for (QTableView* view : {&qts, &ours})
        setUp(*view, model);
    painted(ours);
    QFont larger = ours.font();
    larger.setPointSize(larger.pointSize() + 4);
    for (QTableView* view : {&qts, &ours})
        view->setFont(larger);
    QCOMPARE(painted(ours), painted(qts));
}

// A list whose style draws the selection behind the text only (showDecorationSelected off)
// looks as Qt's does: the delegate leaves such cells to Qt.
void TestShapedTextDelegate::aListWithItsSelectionBehindTheTextToo()
{
    QStandardItemModel model;
    fill(model);
    SelectionBehindTheText style;
    QListView qts;
    QListView ours;
    ours.setItemDelegate(new ShapedTextDelegate(&ours));
    for (QListView* view : {&qts, &ours}) {
        view->setStyle(&style);
        view->setModel(&model);
        view->setModelColumn(1);
        view->resize(300, 300);
        view->setCurrentIndex(model.index(1, 1));
    }
    QCOMPARE(painted(ours), painted(qts));
}

QTEST_MAIN(TestShapedTextDelegate)
#include "TestShapedTextDelegate.moc"
