// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "core/BuildInfo.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace pf::cli;

namespace {

QString usage()
{
    QString text = QCoreApplication::translate("cli", "Usage: partnerfit-cli <command> [options]\n\n"
                                                      "Score partner assessments and manage PartnerFit workspaces.\n\n"
                                                      "Commands:\n");
    for (const Command &command : commands()) {
        text += QStringLiteral("  %1%2\n")
                    .arg(QString::fromLatin1(command.name).leftJustified(14),
                         QCoreApplication::translate("cli", command.summary));
    }
    text += QCoreApplication::translate("cli", "\nOptions:\n"
                                               "  -h, --help     Show this help\n"
                                               "  -v, --version  Show the version\n\n"
                                               "Run 'partnerfit-cli <command> --help' for a command's options.\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    // Only the commands that draw get a QGuiApplication; the rest keep working without any display.
    bool gui = false;
    for (const Command &command : commands()) {
        gui = gui || (argc > 1 && qstrcmp(argv[1], command.name) == 0 && command.gui);
    }
    const std::unique_ptr<QCoreApplication> app =
        gui ? createGuiApplication(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PartnerFit"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("partnerfit.org"));
    QCoreApplication::setApplicationName(QStringLiteral("PartnerFit"));
    QCoreApplication::setApplicationVersion(pf::core::BuildInfo::versionString());

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        err << usage();
        return UsageError;
    }
    const QString first = arguments.at(1);
    if (first == QLatin1String("-h") || first == QLatin1String("--help") || first == QLatin1String("help")) {
        out << usage();
        return Success;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        out << versionText();
        return Success;
    }
    for (const Command &command : commands()) {
        if (first == QLatin1String(command.name)) {
            out.flush();
            return command.run(arguments);
        }
    }
    err << QCoreApplication::translate("cli", "partnerfit-cli: unknown command '%1'\n\n").arg(first) << usage();
    return UsageError;
}
