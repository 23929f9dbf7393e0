// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
// main() for test binaries that create widgets: offscreen unless told otherwise,
// set before QApplication exists (test discovery runs the binary at build time).
#if !__has_include(<catch2/catch_all.hpp>)
#define CATCH_CONFIG_RUNNER
#endif
#include "CatchCompat.h"
#include "IsolatedHome.h"

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    const IsolatedHome home;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // Never touch the user's real settings or workspace.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PartnerFitTests"));
    QApplication::setApplicationName(QStringLiteral("PartnerFitTests"));
    return Catch::Session().run(argc, argv);
}
