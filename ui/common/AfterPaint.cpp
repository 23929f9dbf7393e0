// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AfterPaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace pf::ui {

namespace {

/// Watches its parent widget for a paint, then queues the work and goes away.
class PaintWatcher : public QObject
{
public:
    PaintWatcher(QWidget *widget, std::function<void()> work) : QObject(widget), m_work(std::move(work))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_queued) {
            m_queued = true;
            watched->removeEventFilter(this);
            // Queued, so the paint reaches the screen first; the widget (this watcher's parent) must still exist.
            QTimer::singleShot(0, watched, [work = std::move(m_work)] { work(); });
            deleteLater();
        }
        return false;
    }

private:
    std::function<void()> m_work;
    bool m_queued = false;
};

} // namespace

void afterNextPaint(QWidget *widget, std::function<void()> work)
{
    new PaintWatcher(widget, std::move(work));
}

} // namespace pf::ui
