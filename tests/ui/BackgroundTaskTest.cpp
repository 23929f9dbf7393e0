// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The reusable piece behind every long operation: work on a worker thread, a progress dialog after 300 ms,
// Cancel, and the window's conflicting actions disabled meanwhile.
#include "ui/common/BackgroundTask.h"

#include "support/CatchCompat.h"

#include <QAction>
#include <QMainWindow>
#include <QProgressDialog>
#include <QPushButton>
#include <QTest>
#include <QThread>

#include <atomic>

using pf::ui::BackgroundTask;
using pf::ui::TaskProgress;

TEST_CASE("Work runs on another thread, its progress dialog appears after 300 ms and Cancel stops it",
          "[backgroundtask]")
{
    QMainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QAction conflicting(QStringLiteral("Import"), &window);
    QAction unrelated(QStringLiteral("About"), &window);

    std::atomic<bool> onWorker{false};
    std::atomic<qint64> steps{0};
    QThread *const gui = QThread::currentThread();
    bool finished = false;
    bool wasCancelled = false;
    QList<qint64> seen;
    BackgroundTask *task = BackgroundTask::run(
        &window, QStringLiteral("Working…"),
        [&](TaskProgress &progress) {
            onWorker = QThread::currentThread() != gui;
            // Endless until cancelled: one step every few milliseconds.
            for (qint64 i = 0; progress.report(i % 1000, 1000); ++i) {
                steps = i;
                QThread::msleep(2);
            }
        },
        [&](bool cancelled) {
            finished = true;
            wasCancelled = cancelled;
        },
        {&conflicting});
    QObject::connect(task, &BackgroundTask::progressChanged, [&](qint64 done, qint64) { seen << done; });

    CHECK(BackgroundTask::isBusy());
    CHECK(BackgroundTask::current() == task);
    CHECK_FALSE(conflicting.isEnabled());
    CHECK(unrelated.isEnabled());
    QTest::qWait(100);
    CHECK_FALSE(task->dialog()->isVisible()); // quick work finishes unseen
    REQUIRE(QTest::qWaitFor([&] { return task->dialog()->isVisible(); }, 5000));
    CHECK(task->dialog()->windowModality() == Qt::WindowModal);
    REQUIRE(QTest::qWaitFor([&] { return seen.size() >= 3; }, 5000));
    CHECK(onWorker);

    auto *cancel = task->dialog()->findChild<QPushButton *>();
    REQUIRE(cancel);
    cancel->click();
    REQUIRE(BackgroundTask::waitForIdle(5000));
    CHECK(finished);
    CHECK(wasCancelled);
    CHECK(conflicting.isEnabled());
    CHECK(BackgroundTask::current() == nullptr);
}

TEST_CASE("A window closed while work runs stops the work and waits for it", "[backgroundtask]")
{
    std::atomic<bool> stopped{false};
    {
        QMainWindow window;
        BackgroundTask::run(&window, QStringLiteral("Working…"),
                            [&](TaskProgress &progress) {
                                while (!progress.isCancelled()) {
                                    QThread::msleep(2);
                                }
                                stopped = true;
                            },
                            {});
        CHECK(BackgroundTask::isBusy());
    }
    // The task went with its window: the thread was told to stop and has ended.
    CHECK(stopped);
    CHECK_FALSE(BackgroundTask::isBusy());
}
