// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/StorageStatus.h"

#include <QString>

namespace pf::core {

/** A read-only look at a file that may be a workspace; never writes to it. */
class WorkspaceProbe
{
public:
    enum class Check { None, Quick, Full };

    struct Result
    {
        StorageStatus status;
        int schemaVersion = 0;
    };

    /// Checks the SQLite header, application id and schema version, then runs quick_check or integrity_check.
    /// A newer schema is reported as StorageError::NewerVersion (with schemaVersion set).
    static Result probe(const QString &path, Check check, int busyTimeoutMs);
};

} // namespace pf::core
