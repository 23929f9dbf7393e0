// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecentWorkspacesMenu.h"

#include "ui/common/DialogRunner.h"
#include "ui/common/Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace pf::ui {

RecentWorkspacesMenu::RecentWorkspacesMenu(QWidget *parent) : QMenu(tr("Open &Recent"), parent)
{
    setObjectName(QStringLiteral("menuOpenRecent"));
    setToolTipsVisible(true);
    rebuild();
    connect(&Settings::instance(), &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::RecentWorkspaces) {
            rebuild();
        }
    });
    // Settings may be replaced (tests); the list is read again whenever the menu opens.
    connect(this, &QMenu::aboutToShow, this, &RecentWorkspacesMenu::rebuild);
}

QStringList RecentWorkspacesMenu::displayNames(const QStringList &paths)
{
    QHash<QString, int> count;
    for (const QString &path : paths) {
        ++count[QFileInfo(path).completeBaseName()];
    }
    QStringList names;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        const QString name = info.completeBaseName();
        names << (count.value(name) > 1 ? tr("%1 (in %2)").arg(name, info.absoluteDir().dirName()) : name);
    }
    return names;
}

void RecentWorkspacesMenu::rebuild()
{
    // Not clear(): the entry being triggered may be the one that changed the list, so it must outlive its signal.
    for (QAction *action : actions()) {
        removeAction(action);
        action->deleteLater();
    }
    const QStringList paths = Settings::instance().stringList(Settings::Key::RecentWorkspaces);
    const QStringList names = displayNames(paths);
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString path = paths.at(i);
        // Mnemonics 1–9, then 0 for the tenth; a name's own "&" is shown as it is.
        QString text = names.at(i);
        text.replace(QLatin1Char('&'), QStringLiteral("&&"));
        if (i < 10) {
            text = QStringLiteral("&%1 %2").arg((i + 1) % 10).arg(text);
        }
        QAction *action = addAction(text);
        action->setObjectName(QStringLiteral("actionRecent%1").arg(i));
        action->setData(path);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { choose(path); });
    }
    if (paths.isEmpty()) {
        QAction *none = addAction(tr("No Recent Workspaces"));
        none->setEnabled(false);
    }
    addSeparator();
    QAction *clearList = addAction(tr("Clear Menu"));
    clearList->setObjectName(QStringLiteral("actionClearRecent"));
    clearList->setEnabled(!paths.isEmpty());
    connect(clearList, &QAction::triggered, this,
            [] { Settings::instance().setValue(Settings::Key::RecentWorkspaces, QStringList()); });
}

void RecentWorkspacesMenu::choose(const QString &path)
{
    if (QFileInfo(path).isFile()) {
        emit workspaceChosen(path);
        return;
    }
    const auto answer = DialogRunner::question(
        parentWidget(), tr("Workspace Not Found"),
        tr("The workspace “%1” is no longer at %2. It may have been moved, renamed or deleted. Remove it from the "
           "list of recent workspaces?")
            .arg(QFileInfo(path).completeBaseName(), QDir::toNativeSeparators(path)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes) {
        QStringList recent = Settings::instance().stringList(Settings::Key::RecentWorkspaces);
        recent.removeAll(path);
        Settings::instance().setValue(Settings::Key::RecentWorkspaces, recent);
    }
}

} // namespace pf::ui
