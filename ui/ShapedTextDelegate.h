#pragma once

#include <QCache>
#include <QFont>
#include <QHashFunctions>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace tyndau {

// Paints a list's cells as QStyledItemDelegate does, pixel for pixel, but keeps each text it
// has laid out.
//
// Qt's item views lay a cell's text out anew on every paint (HarfBuzz shapes it), and once
// more to find where it goes. In the requests list most columns repeat a few values (a
// status, a kind, a channel, a district, "17.12.2026 · On time"): a screen of 144 cells holds
// 64 different texts. Each is laid out once, and scrolling reuses them. At start-up the
// table's first paint went from 40 M to 17 M instructions (bench/RESULTS.md, cold start).
//
// Cells it would not draw the same (an icon, a check box, several lines, right-to-left text,
// a selection only behind the text, a style sheet) are left to QStyledItemDelegate.
class ShapedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ShapedTextDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

    // How many laid-out texts are kept; for the tests.
    int keptTexts() const { return m_texts.count(); }

private:
    // What a laid-out text depends on.
    struct Key
    {
        QString text;
        QFont font;
        int width;
        Qt::TextElideMode elide;
        Qt::Alignment alignment; // horizontal
        friend bool operator==(const Key&, const Key&) = default;
        friend size_t qHash(const Key& key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.font, key.width, int(key.elide), int(key.alignment));
        }
    };

    // The option's text as it fits `width` with its font and elision, laid out.
    const QStaticText& laidOut(const QStyleOptionViewItem& option, int width) const;

    mutable QCache<Key, QStaticText> m_texts;
};

} // namespace tyndau
