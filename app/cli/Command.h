// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <span>

namespace pf::cli {

/// Exit codes of partnerfit-cli (DESIGN.md): 0 success, 1 runtime error, 2 usage error.
enum ExitCode { Success = 0, RuntimeError = 1, UsageError = 2 };

/** One top-level command of partnerfit-cli, e.g. "score". */
struct Command
{
    const char *name;
    const char *summary;
    /// Runs the command; @p arguments start with the program name followed by the command name.
    int (*run)(const QStringList &arguments);
    /// Needs fonts (a QGuiApplication, on the offscreen platform when none is set); the others run without.
    bool gui;
};

/// A QGuiApplication for the commands that draw (reports); sets QT_QPA_PLATFORM=offscreen when it is unset.
std::unique_ptr<QCoreApplication> createGuiApplication(int &argc, char **argv);

/// "partnerfit-cli 0.1.0 (rev)", the Qt version and the licence, one per line.
QString versionText();

/// Every command, in the order --help lists them.
std::span<const Command> commands();

} // namespace pf::cli
