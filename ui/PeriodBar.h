#pragma once

#include "core/AlmatyTime.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;

namespace tyndau {

// The period the statistics show: a week (Monday to Sunday, Asia/Almaty) stepped back and
// forth, or any range of days chosen by its first and last day. Stepping moves a range by its
// own length.
class PeriodBar : public QWidget
{
    Q_OBJECT

public:
    explicit PeriodBar(QWidget* parent = nullptr);

    // What is shown now, with its title ("Week 2026-W47: 16.11.2026 – 22.11.2026").
    void setPeriod(const TimeSpan& span, const QString& title);
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    void showChosenRange(); // the range in the two date fields

signals:
    void periodChosen(const tyndau::TimeSpan& span);

protected:
    void changeEvent(QEvent* event) override;

private:
    void step(int direction);
    void retranslate();

    TimeSpan m_span;
    QLabel* m_title = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_current = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_show = nullptr;
    QLabel* m_fromLabel = nullptr;
    QLabel* m_toLabel = nullptr;
};

} // namespace tyndau
