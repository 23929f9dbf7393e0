// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pf::core {

/** One line of the audit log: when, who and what changed. */
struct AuditEntry
{
    qint64 id = 0;
    /// ISO-8601 UTC timestamp.
    QString at;
    QString actor;
    /// create, update, delete, finalise, revise, import, ...
    QString action;
    /// partner, person, assessment, framework, home_profile, ...
    QString entity;
    qint64 entityId = 0;
    QString detail;

    friend bool operator==(const AuditEntry &, const AuditEntry &) = default;
};

} // namespace pf::core
