// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Workspace.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QTextStream>

#include <memory>

namespace pf::cli {

/** The options shared by the workspace commands (--workspace, --json) and opening the workspace they name. */
class CliWorkspace
{
public:
    CliWorkspace();

    /// Adds --workspace, --json and --help to @p parser.
    void addOptions(QCommandLineParser &parser) const;
    /// The workspace path the user named, or the default workspace's path.
    QString path(const QCommandLineParser &parser) const;
    bool json(const QCommandLineParser &parser) const { return parser.isSet(m_json); }
    /// Opens the named workspace (the default one is created when absent); prints a refusal to @p err.
    std::unique_ptr<core::Workspace> open(const QCommandLineParser &parser, QTextStream &err) const;
    /// Parses @p arguments (program, command, subcommand, ...) and handles --help; returns -1 to continue.
    int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &usage, QTextStream &out,
              QTextStream &err) const;
    /// Options for commands: the actor is the OS user; daily backups on.
    static core::WorkspaceOptions options();

private:
    QCommandLineOption m_workspace;
    QCommandLineOption m_json;
};

} // namespace pf::cli
