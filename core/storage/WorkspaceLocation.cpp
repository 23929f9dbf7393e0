// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceLocation.h"

#include <QDir>
#include <QStandardPaths>

namespace pf::core {

QString WorkspaceLocation::fileSuffix()
{
    return QStringLiteral("partnerfit");
}

QString WorkspaceLocation::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString WorkspaceLocation::defaultWorkspacePath()
{
    return QDir(defaultDirectory()).filePath(QStringLiteral("workspace.") + fileSuffix());
}

} // namespace pf::core
