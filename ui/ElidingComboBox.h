#pragma once

#include <QComboBox>

namespace tyndau {

// A combo box that, when its column is narrower than the chosen item, shows the item cut
// short with "…" and the whole of it in a tooltip. Qt's clips it at the edge instead, which
// in Kazakh can leave another word: "Барлық мәртебе" ("all status") for "Барлық мәртебелер"
// ("all statuses"). An editable combo (its line edit scrolls) and an item with an icon are
// left to QComboBox.
class ElidingComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit ElidingComboBox(QWidget* parent = nullptr);

    QString shownText() const; // the chosen item as painted

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    bool paintsItself() const;
    int fieldWidth() const;
    void updateToolTip();
};

} // namespace tyndau
