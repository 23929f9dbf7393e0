// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/WorkspaceLocation.h"

#include "support/CatchCompat.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using pf::core::WorkspaceLocation;

TEST_CASE("The default workspace is a .partnerfit file in the app-data folder", "[workspace]")
{
    const QString path = WorkspaceLocation::defaultWorkspacePath();
    const QFileInfo info(path);
    CHECK(info.suffix() == QStringLiteral("partnerfit"));
    CHECK(QDir(info.absolutePath()) == QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    // The test main turned on QStandardPaths' test mode: never the user's real folder.
    CHECK(path.contains(QStringLiteral("qttest")));
}
