// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace pf::test {

/** What one run of partnerfit-cli printed and returned. */
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the built partnerfit-cli with @p arguments (and optional standard input); waits up to a minute.
CliResult runCli(const QStringList &arguments, const QByteArray &input = {});

} // namespace pf::test
