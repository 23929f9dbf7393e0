// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pf::core {

/** Why an input was rejected: where (a JSON path such as "$.ratings[3].value") and a message fit for users. */
struct InputError
{
    QString path;
    QString message;

    /// "path: message", or the message alone when there is no path.
    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }

    friend bool operator==(const InputError &, const InputError &) = default;
};

} // namespace pf::core
