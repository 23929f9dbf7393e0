// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Progress.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QProgressBar;
class QProgressDialog;
class QThread;
class QTimer;
class QWidget;

namespace pf::ui {

/** What work on the worker thread sees: where to report progress, and whether the user cancelled. Thread-safe. */
class TaskProgress
{
public:
    TaskProgress();
    ~TaskProgress();
    TaskProgress(const TaskProgress &) = delete;
    TaskProgress &operator=(const TaskProgress &) = delete;

    bool isCancelled() const;
    /// Records that @p done of @p total steps are finished (total 0: unknown); false once the user cancelled.
    bool report(qint64 done, qint64 total);
    /// Changes the text above the progress bar, e.g. from reading a file to storing its rows.
    void setLabel(const QString &label);
    /// report() as a core progress callback (valid while this object lives).
    core::ProgressCallback callback();

private:
    friend class BackgroundTask;
    struct State;
    std::unique_ptr<State> d;
};

/**
 * Runs long work on a worker thread so the window never freezes. After 300 ms a window-modal progress dialog with
 * Cancel appears; the actions and widgets named when starting are disabled until the work has ended. The work gets
 * no Qt object of the GUI thread: it opens its own workspace connection (SQLite connections are per thread) and
 * leaves its results in variables it shares with @p done, which runs on the GUI thread once the work returned.
 */
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<void(TaskProgress &progress)>;
    /// Runs on the GUI thread after the work returned; @p cancelled when the user pressed Cancel.
    using Done = std::function<void(bool cancelled)>;

    /// Starts @p work; @p label says what is happening ("Importing partners from x.csv…").
    static BackgroundTask *run(QWidget *window, const QString &label, Work work, Done done,
                               const QList<QObject *> &disable = {});

    ~BackgroundTask() override;

    /// True while any task runs.
    static bool isBusy();
    /// Emits busyChanged(bool) when the first task starts and when the last one ends (after the actions it
    /// disabled are back as they were); lives as long as the application.
    static QObject *busyNotifier();
    /// The task that runs now, if any.
    static BackgroundTask *current();
    /// Asks every running task to stop.
    static void cancelAll();
    /// Keeps the event loop running until no task runs (or @p timeoutMs passed); true when idle.
    static bool waitForIdle(int timeoutMs = 60000);

    void cancel();
    bool isCancelled() const;
    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }
    QString label() const;
    /// The progress dialog (hidden for the first 300 ms).
    QProgressDialog *dialog() const { return m_dialog; }

signals:
    /// Progress as the dialog shows it, at most every 50 ms.
    void progressChanged(qint64 done, qint64 total);
    void finished(bool cancelled);

private:
    BackgroundTask(QWidget *window, const QString &label, Done done, const QList<QObject *> &disable);
    void poll();
    void complete();

    std::shared_ptr<TaskProgress> m_progress;
    Done m_onDone;
    QThread *m_thread = nullptr;
    QProgressDialog *m_dialog = nullptr;
    QProgressBar *m_bar = nullptr;
    QTimer *m_poll = nullptr;
    QTimer *m_show = nullptr;
    QList<std::pair<QPointer<QObject>, bool>> m_disabled;
    qint64 m_done = -1;
    qint64 m_total = -1;
    QString m_label;
};

} // namespace pf::ui
