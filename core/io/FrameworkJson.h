// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/ReadResult.h"
#include "core/model/Framework.h"

#include <QJsonObject>

namespace pf::core::io {

/** Reads and writes frameworks as JSON ("partnerfit.framework", version 1) and validates them. */
class FrameworkJson
{
public:
    static inline const QString Format = QStringLiteral("partnerfit.framework");
    static constexpr int FormatVersion = 1;

    /// Reads a framework object found at @p path (e.g. "$" or "$.framework"); errors name the offending key.
    static ReadResult<Framework> fromJson(const QJsonObject &object, const QString &path = QStringLiteral("$"));
    static QJsonObject toJson(const Framework &framework);
    /// The keys of the frameworks built into the application.
    static QStringList builtInKeys();
    /// A built-in framework by key (e.g. "five-lessons"), read from the application's resources.
    static ReadResult<Framework> builtIn(const QString &key);
};

} // namespace pf::core::io
