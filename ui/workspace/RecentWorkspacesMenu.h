// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace pf::ui {

/**
 * File ▸ Open Recent: the last ten workspaces (Settings), most recent first, each by a readable name with its
 * full path as tooltip and status tip, then Clear Menu. Choosing a workspace whose file is gone says so and
 * offers to remove it from the list.
 */
class RecentWorkspacesMenu : public QMenu
{
    Q_OBJECT

public:
    explicit RecentWorkspacesMenu(QWidget *parent = nullptr);

    /// The readable names of @p paths, in order: the file name without suffix, with the folder added where two
    /// would read the same.
    static QStringList displayNames(const QStringList &paths);

    /// What choosing @p path does (tests call it like a click on the entry).
    void choose(const QString &path);

signals:
    /// The user chose a workspace that exists.
    void workspaceChosen(const QString &path);

private:
    void rebuild();
};

} // namespace pf::ui
