// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "core/BuildInfo.h"
#include "support/CatchCompat.h"

using pf::test::runCli;

TEST_CASE("partnerfit-cli --version prints the version, Qt and licence", "[cli]")
{
    const auto result = runCli({QStringLiteral("--version")});
    CHECK(result.exitCode == 0);
    CHECK(result.out.startsWith(QStringLiteral("partnerfit-cli ") + pf::core::BuildInfo::version()));
    CHECK(result.out.contains(QStringLiteral("GPL-3.0-or-later")));
}

TEST_CASE("partnerfit-cli --help lists the commands and exits 0", "[cli]")
{
    const auto result = runCli({QStringLiteral("--help")});
    CHECK(result.exitCode == 0);
    CHECK(result.out.contains(QStringLiteral("Usage: partnerfit-cli")));
}

TEST_CASE("partnerfit-cli without a command or with an unknown one is a usage error", "[cli]")
{
    CHECK(runCli({}).exitCode == 2);
    const auto unknown = runCli({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("unknown command 'frobnicate'")));
}
