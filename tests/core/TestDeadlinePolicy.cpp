#include "core/DeadlinePolicy.h"

#include <QTest>

using namespace tyndau;

class TestDeadlinePolicy : public QObject
{
    Q_OBJECT

private slots:
    void termsAreConfiguration()
    {
        DeadlinePolicy p(WorkingCalendar::kazakhstan());
        const QDateTime monday(QDate(2026, 11, 23), QTime(5, 0), Qt::UTC);
        QCOMPARE(p.term(RequestKind::Complaint), 15);
        QCOMPARE(p.dueDate(RequestKind::Complaint, monday), QDate(2026, 12, 14));
        p.setTerm(RequestKind::InformationRequest, 8); // Moscow's "Our City" pace
        QCOMPARE(p.dueDate(RequestKind::InformationRequest, monday), QDate(2026, 12, 3));
        // Registered late on Sunday evening in Almaty (UTC still Sunday): counts from Sunday.
        QCOMPARE(p.dueDate(RequestKind::Complaint, QDateTime(QDate(2026, 11, 22), QTime(18, 0), Qt::UTC)),
                 QDate(2026, 12, 11));
    }

    void states()
    {
        const DeadlinePolicy p(WorkingCalendar::kazakhstan());
        const QDate due(2026, 12, 14); // Monday
        QCOMPARE(p.state(Status::InProgress, due, QDate(2026, 12, 1)), DeadlineState::OnTrack);
        QCOMPARE(p.state(Status::InProgress, due, QDate(2026, 12, 9)),
                 DeadlineState::DueSoon); // 3 working days left
        QCOMPARE(p.state(Status::InProgress, due, QDate(2026, 12, 8)), DeadlineState::OnTrack); // 4 left
        QCOMPARE(p.state(Status::Answered, due, QDate(2026, 12, 14)), DeadlineState::DueSoon);
        QCOMPARE(p.state(Status::InProgress, due, QDate(2026, 12, 15)), DeadlineState::Overdue);
        QCOMPARE(p.state(Status::Closed, due, QDate(2026, 12, 15)), DeadlineState::None);
        QCOMPARE(p.state(Status::Draft, due, QDate(2026, 12, 15)), DeadlineState::None);
        QCOMPARE(p.workingDaysLeft(due, QDate(2026, 12, 15)), -1);
        QVERIFY(!displayName(DeadlineState::Overdue).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDeadlinePolicy)
#include "TestDeadlinePolicy.moc"
