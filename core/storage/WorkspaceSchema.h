// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <cstdint>

namespace pf::core {

/** The workspace schema: its identifiers and the DDL of each migration step. */
class WorkspaceSchema
{
public:
    /// Stamped in the SQLite header (PRAGMA application_id): "PFit".
    static constexpr std::int32_t applicationId = 0x50466974;
    /// The schema this build writes (PRAGMA user_version).
    static constexpr int currentVersion = 2;
    /// The statements that take a workspace from version @p toVersion - 1 to @p toVersion (1 creates it).
    static QStringList migrationStatements(int toVersion);
};

} // namespace pf::core
