// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pf::core {

/** Where workspaces live by default, and their file extension. */
class WorkspaceLocation
{
public:
    /// "partnerfit", without the dot.
    static QString fileSuffix();
    /// The folder for the default workspace: the platform's app-data location.
    static QString defaultDirectory();
    /// The full path of the default workspace file inside defaultDirectory().
    static QString defaultWorkspacePath();
};

} // namespace pf::core
