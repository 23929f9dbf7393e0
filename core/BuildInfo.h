// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pf::core {

/** Version, revision and identity of this build, for --version, About and report provenance. */
struct BuildInfo
{
    static QString version();     ///< From CMake's project(), e.g. "0.1.0".
    static QString gitRevision(); ///< Short revision when built from a checkout, else empty.
    static QString applicationId();
    static QString qtVersion(); ///< The Qt the program runs with.
    static QString licence() { return QStringLiteral("GPL-3.0-or-later"); }
    /// "0.1.0 (abc123def456)" or "0.1.0".
    static QString versionString();
    /// What --version prints: "<program> <versionString>", the Qt version and the licence, one per line.
    static QString versionReport(const QString &program);
};

} // namespace pf::core
