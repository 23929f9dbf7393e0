// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pf::core {

/** A person to talk to at a partner organisation. */
struct Contact
{
    QString name;
    QString role;
    QString email;
    QString phone;

    friend bool operator==(const Contact &, const Contact &) = default;
};

} // namespace pf::core
