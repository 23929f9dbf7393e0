// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace pf::core {

/** A stored framework version: its key and version, and its definition as the framework editor saves it (JSON). */
struct FrameworkRecord
{
    qint64 id = 0;
    QString key;
    int version = 1;
    QString name;
    /// The framework document (JSON, UTF-8).
    QByteArray definition;
    /// Set once a finalised assessment uses this version; a frozen version is never edited again.
    bool frozen = false;

    friend bool operator==(const FrameworkRecord &, const FrameworkRecord &) = default;
};

} // namespace pf::core
