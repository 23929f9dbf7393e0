// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

#include <optional>

namespace pf::core {

/** An organisation's position on the culture axes: axis key -> value 1..7, or nullopt when not rated. */
struct CultureProfile
{
    QMap<QString, std::optional<double>> values;

    /// The value on @p axis, or nullopt when absent or not rated.
    std::optional<double> value(const QString &axis) const { return values.value(axis, std::nullopt); }

    friend bool operator==(const CultureProfile &, const CultureProfile &) = default;
};

} // namespace pf::core
