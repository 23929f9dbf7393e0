// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileOpenFilter.h"

#include "ui/workspace/WorkspaceTasks.h"

#include <QDropEvent>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QMimeData>
#include <QTimer>
#include <QUrl>

namespace pf::ui {

FileOpenFilter::FileOpenFilter(Open open, Refuse refuse, QObject *parent)
    : QObject(parent), m_open(std::move(open)), m_refuse(std::move(refuse))
{}

QString FileOpenFilter::acceptedFile(const QList<QUrl> &urls, QString *why)
{
    auto refuse = [why](const QString &message) {
        if (why) {
            *why = message;
        }
        return QString();
    };
    if (urls.isEmpty()) {
        return refuse(tr("Only files can be dropped here: a workspace (.partnerfit) to open or a CSV file (.csv) to "
                         "import partners from."));
    }
    if (urls.size() > 1) {
        return refuse(tr("Drop one file at a time: a workspace (.partnerfit) to open or a CSV file (.csv) to import "
                         "partners from."));
    }
    const QUrl &url = urls.constFirst();
    if (!url.isLocalFile()) {
        return refuse(tr("%1 is not a file on this computer. Save it to a folder first, then drop it here.")
                          .arg(url.toDisplayString()));
    }
    const QString path = url.toLocalFile();
    if (!WorkspaceTasks::canOpen(path) || QFileInfo(path).isDir()) {
        return refuse(tr("%1 was not opened: PartnerFit opens workspaces (.partnerfit) and imports partners from CSV "
                         "files (.csv).")
                          .arg(QFileInfo(path).fileName()));
    }
    return path;
}

bool FileOpenFilter::eventFilter(QObject *watched, QEvent *event)
{
    // Drops only on the window this filter belongs to; file-open requests wherever they come from (the application).
    const bool dropTarget = watched == parent();
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        // Files are accepted here and judged on drop, so that a refusal can say why.
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (dropTarget && drag->mimeData()->hasUrls()) {
            drag->acceptProposedAction();
            return true;
        }
        return false;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        if (!dropTarget || !drop->mimeData()->hasUrls()) {
            return false;
        }
        QString why;
        const QString path = acceptedFile(drop->mimeData()->urls(), &why);
        if (path.isEmpty()) {
            drop->ignore();
        } else {
            drop->acceptProposedAction();
        }
        QTimer::singleShot(0, this, [this, path, why] { path.isEmpty() ? m_refuse(why) : m_open(path); });
        return true;
    }
    case QEvent::FileOpen: {
        const QString path = static_cast<QFileOpenEvent *>(event)->file();
        if (path.isEmpty()) {
            return false;
        }
        QTimer::singleShot(0, this, [this, path] { m_open(path); });
        return true;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}

} // namespace pf::ui
