// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/StorageStatus.h"

#include <QJsonObject>

namespace pf::core {
class Workspace;
}

namespace pf::core::io {

/**
 * A whole workspace as one JSON document ("partnerfit.workspace", version 1): settings, home profile, people,
 * frameworks, partners, every assessment version with its inputs and cached score, and the audit log.
 * Lossless: export, import into a new workspace and export again gives the same document, apart from the
 * audit entry the import adds.
 */
class WorkspaceJson
{
public:
    static inline const QString Format = QStringLiteral("partnerfit.workspace");
    static constexpr int FormatVersion = 1;

    static StorageResult<QJsonObject> exportWorkspace(Workspace &workspace);
    /// Imports @p document into @p workspace, which must hold no partners or assessments yet; all or nothing.
    /// Errors name the JSON path of the offending value.
    static StorageStatus importWorkspace(Workspace &workspace, const QJsonObject &document);
};

} // namespace pf::core::io
