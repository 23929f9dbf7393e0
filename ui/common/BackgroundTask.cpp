// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackgroundTask.h"

#include <QAction>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QMutex>
#include <QProgressBar>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <atomic>
#include <limits>

namespace pf::ui {

struct TaskProgress::State
{
    std::atomic<bool> cancelled{false};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    mutable QMutex mutex;
    QString label;
    bool labelChanged = false;
};

TaskProgress::TaskProgress() : d(std::make_unique<State>())
{}

TaskProgress::~TaskProgress() = default;

bool TaskProgress::isCancelled() const
{
    return d->cancelled.load();
}

bool TaskProgress::report(qint64 done, qint64 total)
{
    d->total.store(total);
    d->done.store(done);
    return !isCancelled();
}

void TaskProgress::setLabel(const QString &label)
{
    const QMutexLocker locker(&d->mutex);
    d->label = label;
    d->labelChanged = true;
}

core::ProgressCallback TaskProgress::callback()
{
    return [this](qint64 done, qint64 total) {
        return report(done, total);
    };
}

/// Carries BackgroundTask's busyChanged(bool) to whoever must follow it (Undo and Redo).
class BusyNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    void busyChanged(bool busy);
};

namespace {

QList<BackgroundTask *> s_running;

BusyNotifier &busyNotifierInstance()
{
    static BusyNotifier notifier;
    return notifier;
}

/// Removes @p task from the running list and says so when that made the application idle.
void removeRunning(BackgroundTask *task)
{
    if (s_running.removeAll(task) > 0 && s_running.isEmpty()) {
        emit busyNotifierInstance().busyChanged(false);
    }
}

void setEnabled(QObject *object, bool enabled)
{
    if (auto *action = qobject_cast<QAction *>(object)) {
        action->setEnabled(enabled);
    } else if (auto *widget = qobject_cast<QWidget *>(object)) {
        widget->setEnabled(enabled);
    }
}

bool isEnabled(QObject *object)
{
    if (auto *action = qobject_cast<QAction *>(object)) {
        return action->isEnabled();
    }
    if (auto *widget = qobject_cast<QWidget *>(object)) {
        return widget->isEnabled();
    }
    return false;
}

} // namespace

BackgroundTask::BackgroundTask(QWidget *window, const QString &label, Done done, const QList<QObject *> &disable)
    : QObject(window)
    , m_progress(std::make_shared<TaskProgress>())
    , m_onDone(std::move(done))
    , m_poll(new QTimer(this))
    , m_label(label)
{
    setObjectName(QStringLiteral("backgroundTask"));
    for (QObject *object : disable) {
        if (object) {
            m_disabled.append({QPointer<QObject>(object), isEnabled(object)});
            setEnabled(object, false);
        }
    }
    m_dialog = new QProgressDialog(label, tr("Cancel"), 0, 0, window);
    m_dialog->setObjectName(QStringLiteral("backgroundTaskProgress"));
    m_dialog->setWindowTitle(tr("PartnerFit"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    // The bar is driven directly: QProgressDialog::setValue() guesses whether to show itself and, once shown and
    // modal, runs a nested event loop; neither suits progress polled from another thread.
    m_bar = new QProgressBar(m_dialog);
    m_bar->setRange(0, 0);
    m_dialog->setBar(m_bar);
    m_dialog->setMinimumDuration(std::numeric_limits<int>::max());
    m_dialog->setMinimumWidth(m_dialog->fontMetrics().averageCharWidth() * 60);
    connect(m_dialog, &QProgressDialog::canceled, this, &BackgroundTask::cancel);
    // Quick work finishes unseen; anything longer shows the dialog after 300 ms.
    m_show = new QTimer(this);
    m_show->setSingleShot(true);
    m_show->setInterval(300);
    connect(m_show, &QTimer::timeout, this, [this] {
        if (!isCancelled()) {
            m_dialog->show();
        }
    });
    m_poll->setInterval(50);
    connect(m_poll, &QTimer::timeout, this, &BackgroundTask::poll);
}

BackgroundTask *BackgroundTask::run(QWidget *window, const QString &label, Work work, Done done,
                                    const QList<QObject *> &disable)
{
    auto *task = new BackgroundTask(window, label, std::move(done), disable);
    s_running.append(task);
    if (s_running.size() == 1) {
        emit busyNotifierInstance().busyChanged(true);
    }
    // The work holds the progress state, never the task: the task may be gone when a cancelled thread ends.
    std::shared_ptr<TaskProgress> progress = task->m_progress;
    task->m_thread = QThread::create([progress, work = std::move(work)] { work(*progress); });
    task->m_thread->setObjectName(QStringLiteral("partnerfit-task"));
    connect(task->m_thread, &QThread::finished, task, &BackgroundTask::complete, Qt::QueuedConnection);
    task->m_poll->start();
    task->m_show->start();
    task->m_thread->start();
    return task;
}

BackgroundTask::~BackgroundTask()
{
    removeRunning(this);
    if (m_thread) {
        // The window is going away while the work runs: stop it and wait, never leave a thread behind.
        m_progress->d->cancelled.store(true);
        m_thread->wait();
        delete m_thread;
    }
}

bool BackgroundTask::isBusy()
{
    return !s_running.isEmpty();
}

QObject *BackgroundTask::busyNotifier()
{
    return &busyNotifierInstance();
}

BackgroundTask *BackgroundTask::current()
{
    return s_running.isEmpty() ? nullptr : s_running.constLast();
}

void BackgroundTask::cancelAll()
{
    for (BackgroundTask *task : std::as_const(s_running)) {
        task->cancel();
    }
}

bool BackgroundTask::waitForIdle(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (isBusy() && !deadline.hasExpired()) {
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return !isBusy();
}

void BackgroundTask::cancel()
{
    if (m_progress->d->cancelled.exchange(true)) {
        return;
    }
    // The work stops at its next step and leaves everything as it was; until then the dialog says so.
    m_dialog->setLabelText(tr("Cancelling…"));
    m_dialog->setCancelButtonText(QString());
}

bool BackgroundTask::isCancelled() const
{
    return m_progress->isCancelled();
}

QString BackgroundTask::label() const
{
    return m_label;
}

void BackgroundTask::poll()
{
    TaskProgress::State &state = *m_progress->d;
    {
        const QMutexLocker locker(&state.mutex);
        if (state.labelChanged && !state.cancelled.load()) {
            m_label = state.label;
            m_dialog->setLabelText(m_label);
            state.labelChanged = false;
        }
    }
    const qint64 done = state.done.load();
    const qint64 total = state.total.load();
    if (done == m_done && total == m_total) {
        return;
    }
    m_done = done;
    m_total = total;
    if (total > 0) {
        // Per mille: the bar's int range never overflows, whatever the count.
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
    } else {
        m_bar->setRange(0, 0);
    }
    emit progressChanged(done, total);
}

void BackgroundTask::complete()
{
    poll();
    m_poll->stop();
    m_show->stop();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    for (const auto &[object, wasEnabled] : std::as_const(m_disabled)) {
        if (object) {
            setEnabled(object, wasEnabled);
        }
    }
    removeRunning(this);
    m_dialog->hide();
    m_dialog->deleteLater();
    const bool cancelled = isCancelled();
    if (m_onDone) {
        m_onDone(cancelled);
    }
    emit finished(cancelled);
    deleteLater();
}

} // namespace pf::ui

#include "BackgroundTask.moc"
