// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliWorkspace.h"

#include "Command.h"
#include "core/storage/WorkspaceLocation.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace pf::cli {

CliWorkspace::CliWorkspace()
    : m_workspace(QStringLiteral("workspace"),
                  QCoreApplication::translate("cli", "The workspace file (default: the default workspace)."),
                  QStringLiteral("path"))
    , m_json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print data as JSON."))
{}

void CliWorkspace::addOptions(QCommandLineParser &parser) const
{
    parser.addHelpOption();
    parser.addOption(m_workspace);
    parser.addOption(m_json);
}

QString CliWorkspace::path(const QCommandLineParser &parser) const
{
    return parser.isSet(m_workspace) ? parser.value(m_workspace) : core::WorkspaceLocation::defaultWorkspacePath();
}

core::WorkspaceOptions CliWorkspace::options()
{
    core::WorkspaceOptions options;
    options.busyTimeoutMs = 5000;
    return options;
}

std::unique_ptr<core::Workspace> CliWorkspace::open(const QCommandLineParser &parser, QTextStream &err) const
{
    core::WorkspaceOpenResult result = parser.isSet(m_workspace) ? core::Workspace::open(path(parser), options())
                                                                 : core::Workspace::openDefault(options());
    if (!result.ok()) {
        err << QStringLiteral("%1: %2\n").arg(path(parser), result.status.message);
        if (!result.suggestedBackup.isEmpty()) {
            err << QCoreApplication::translate("cli", "To restore it: partnerfit-cli workspace restore %1 --workspace "
                                                      "%2\n")
                       .arg(result.suggestedBackup, path(parser));
        }
    }
    return std::move(result.workspace);
}

int CliWorkspace::parse(QCommandLineParser &parser, const QStringList &arguments, const QString &usage,
                        QTextStream &out, QTextStream &err) const
{
    addOptions(parser);
    if (!parser.parse(arguments.mid(1))) {
        err << QStringLiteral("partnerfit-cli: %1\n").arg(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << usage << QLatin1Char('\n') << parser.helpText().section(QLatin1Char('\n'), 2);
        return Success;
    }
    return -1;
}

} // namespace pf::cli
