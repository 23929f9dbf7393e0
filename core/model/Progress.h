// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>

namespace pf::core {

/**
 * Told how far long work got: @p done of @p total steps (total 0 when unknown). Returns false when the user asked
 * to stop; the work then stops and leaves everything as it was. May be called from a worker thread.
 */
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

/// Reports to @p progress when there is one; true means carry on.
inline bool reportProgress(const ProgressCallback &progress, qint64 done, qint64 total)
{
    return !progress || progress(done, total);
}

} // namespace pf::core
