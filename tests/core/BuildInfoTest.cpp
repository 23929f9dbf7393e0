// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/BuildInfo.h"

#include "support/CatchCompat.h"

#include <QRegularExpression>

using pf::core::BuildInfo;

TEST_CASE("The version is the semantic version from CMake's project()", "[buildinfo]")
{
    const QString version = BuildInfo::version();
    CHECK(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$")).match(version).hasMatch());
    CHECK(BuildInfo::versionString().startsWith(version));
}

TEST_CASE("The version string names the Git revision when there is one", "[buildinfo]")
{
    const QString revision = BuildInfo::gitRevision();
    if (revision.isEmpty()) {
        CHECK(BuildInfo::versionString() == BuildInfo::version());
    } else {
        CHECK(QRegularExpression(QStringLiteral("^[0-9a-f]{7,40}$")).match(revision).hasMatch());
        CHECK(BuildInfo::versionString() == BuildInfo::version() + QStringLiteral(" (") + revision + QLatin1Char(')'));
    }
}

TEST_CASE("The application id and licence are the product's", "[buildinfo]")
{
    CHECK(BuildInfo::applicationId() == QStringLiteral("org.partnerfit.PartnerFit"));
    CHECK(BuildInfo::licence() == QStringLiteral("GPL-3.0-or-later"));
    CHECK_FALSE(BuildInfo::qtVersion().isEmpty());
}

TEST_CASE("The version report names the program, version, Qt and licence on separate lines", "[buildinfo]")
{
    const QStringList lines = BuildInfo::versionReport(QStringLiteral("partnerfit")).split(QLatin1Char('\n'));
    REQUIRE(lines.size() >= 3);
    CHECK(lines.at(0) == QStringLiteral("partnerfit ") + BuildInfo::versionString());
    CHECK(lines.at(1).startsWith(QStringLiteral("Qt ") + BuildInfo::qtVersion()));
    CHECK(lines.at(2) == QStringLiteral("Licence: GPL-3.0-or-later"));
}
