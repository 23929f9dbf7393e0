// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/BuildInfo.h"
#include "core/storage/WorkspaceLocation.h"
#include "ui/common/Settings.h"
#include "ui/common/Translations.h"
#include "ui/mainwindow/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#ifdef Q_OS_WIN
#include <shobjidl.h>
#endif

int main(int argc, char *argv[])
{
#ifdef PARTNERFIT_WINDOWS_APP_USER_MODEL_ID
    SetCurrentProcessExplicitAppUserModelID(PARTNERFIT_WINDOWS_APP_USER_MODEL_ID);
#endif
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PartnerFit"));
    QApplication::setOrganizationDomain(QStringLiteral("partnerfit.org"));
    QApplication::setApplicationName(QStringLiteral("PartnerFit"));
    QApplication::setApplicationDisplayName(QStringLiteral("PartnerFit"));
    QApplication::setApplicationVersion(pf::core::BuildInfo::versionString());
    QGuiApplication::setDesktopFileName(pf::core::BuildInfo::applicationId());
    pf::ui::Translations::install(pf::ui::Settings::instance().string(pf::ui::Settings::Key::Language));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.partnerfit.PartnerFit.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "PartnerFit: assess prospective and active business partners."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QApplication::translate("main", "The workspace file to open (default: %1).")
                                     .arg(pf::core::WorkspaceLocation::defaultWorkspacePath()),
                                 QStringLiteral("[workspace]"));
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    const QString workspace =
        positional.isEmpty() ? pf::core::WorkspaceLocation::defaultWorkspacePath() : positional.constFirst();

    pf::ui::MainWindow window(workspace);
    window.show();
    return QApplication::exec();
}
