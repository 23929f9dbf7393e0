// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Progress.h"
#include "core/storage/StorageStatus.h"
#include "core/storage/WorkspaceOptions.h"

#include <QString>

namespace pf::core {

class Workspace;

/**
 * A realistic fictional workspace so every screen and report has something true to show: 15 partners of every
 * type and stage (names with diacritics, in CJK and in Arabic script), three assessors, notes (one with <b>),
 * culture profiles, roadmaps, disagreements with consensus, a knock-out, and health checks over two years.
 */
class SampleWorkspace
{
public:
    /// Creates a new workspace at @p path (which must not exist) and fills it. It is built under a temporary name
    /// and renamed into place when complete: on failure, or when @p progress asks to stop (StorageError::Cancelled),
    /// no file is left behind.
    static StorageStatus create(const QString &path, const WorkspaceOptions &options = {},
                                const ProgressCallback &progress = {});
    /// Fills an open, empty workspace in one transaction; @p progress hears each partner added.
    static StorageStatus fill(Workspace &workspace, const ProgressCallback &progress = {});
};

} // namespace pf::core
