// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pf::core {

/** Someone who assesses partners: a name (used as the assessor key in ratings) and a role. */
struct Person
{
    qint64 id = 0;
    QString name;
    QString role;
    int revision = 0;

    friend bool operator==(const Person &, const Person &) = default;
};

} // namespace pf::core
