// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/HomeProfile.h"
#include "core/storage/StorageStatus.h"

namespace pf::core {

class Workspace;

/** Our organisation's culture profile, roadmap and theme list. */
class HomeProfileRepository
{
public:
    explicit HomeProfileRepository(Workspace &workspace);

    StorageResult<HomeProfile> load() const;
    /// Replaces the whole home profile in one transaction.
    StorageStatus save(const HomeProfile &profile);
    /// Adds themes not yet in the list (case-insensitive, trimmed), keeping the order; inside the caller's transaction.
    StorageStatus addThemes(const QStringList &themes);

private:
    Workspace &m_workspace;
};

} // namespace pf::core
