// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
// main() for test binaries that need Qt Core only.
#if !__has_include(<catch2/catch_all.hpp>)
#define CATCH_CONFIG_RUNNER
#endif
#include "CatchCompat.h"
#include "IsolatedHome.h"

#include <QCoreApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    const IsolatedHome home;
    // Never touch the user's real settings or workspace.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PartnerFitTests"));
    QCoreApplication::setApplicationName(QStringLiteral("PartnerFitTests"));
    return Catch::Session().run(argc, argv);
}
