// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/BuildInfo.h"
#include "core/storage/WorkspaceLocation.h"
#include "ui/common/Settings.h"
#include "ui/common/Translations.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/workspace/FileOpenFilter.h"
#include "ui/workspace/WorkspaceTasks.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QStatusBar>

#include <cstdio>
#include <memory>

#ifdef Q_OS_WIN
#include <shobjidl.h>
#endif

namespace {

// --help and --version print text and leave: they must work without a display.
bool onlyPrintsText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" || arg == "--version") {
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef PARTNERFIT_WINDOWS_APP_USER_MODEL_ID
    SetCurrentProcessExplicitAppUserModelID(PARTNERFIT_WINDOWS_APP_USER_MODEL_ID);
#endif
    QCoreApplication::setOrganizationName(QStringLiteral("PartnerFit"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("partnerfit.org"));
    QCoreApplication::setApplicationName(QStringLiteral("PartnerFit"));
    QCoreApplication::setApplicationVersion(pf::core::BuildInfo::versionString());
    QGuiApplication::setDesktopFileName(pf::core::BuildInfo::applicationId());

    const bool textOnly = onlyPrintsText(argc, argv);
    const std::unique_ptr<QCoreApplication> app =
        textOnly ? std::make_unique<QCoreApplication>(argc, argv) : std::make_unique<QApplication>(argc, argv);
    pf::ui::Translations::install(pf::ui::Settings::instance().string(pf::ui::Settings::Key::Language));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "PartnerFit: assess prospective and active business partners."));
    parser.addHelpOption();
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           QCoreApplication::translate("main", "Displays version information."));
    parser.addOption(versionOption);
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QCoreApplication::translate("main", "The workspace file to open (default: %1).")
                                     .arg(pf::core::WorkspaceLocation::defaultWorkspacePath()),
                                 QStringLiteral("[workspace]"));
    parser.process(*app);
    if (parser.isSet(versionOption)) {
        std::fputs(qPrintable(pf::core::BuildInfo::versionReport(QStringLiteral("partnerfit"))), stdout);
        return 0;
    }

    QGuiApplication::setApplicationDisplayName(QStringLiteral("PartnerFit"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.partnerfit.PartnerFit.svg")));

    // A workspace named on the command line opens in place of the default one. A file that is not there is never
    // created behind the user's back: the default workspace opens and the window says what is wrong. A CSV file is
    // imported into the default workspace.
    const QStringList positional = parser.positionalArguments();
    const QString given = positional.isEmpty() ? QString() : QFileInfo(positional.constFirst()).absoluteFilePath();
    const QString workspace = pf::ui::WorkspaceTasks::workspaceAtStart(given);
    pf::ui::MainWindow window(workspace);
    window.show();
    if (!given.isEmpty() && given != workspace) {
        window.openFile(given);
    }
    // macOS sends the files chosen in the Finder (double-click, Open With, a drop on the Dock icon) as events.
    pf::ui::FileOpenFilter fileOpen([&window](const QString &path) { window.openFile(path); },
                                    [&window](const QString &message) { window.statusBar()->showMessage(message); });
    app->installEventFilter(&fileOpen);
    return QApplication::exec();
}
