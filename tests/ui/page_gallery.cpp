// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the main window on the sample workspace, one PNG per page, to look at them
// and for docs/screenshots. Not a test: page_gallery OUTPUT_FOLDER [PARTNER_NAME].
#include "core/storage/SampleWorkspace.h"
#include "ui/common/Settings.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/partners/PartnerView.h"
#include "ui/people/PeopleActions.h"
#include "ui/people/PeopleDialog.h"
#include "ui/workspace/WorkspaceController.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QTabWidget>
#include <QTemporaryDir>

#include <cstdio>

using namespace pf;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    const QDir out(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath());
    const QString partnerName = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("Acme Cloud GmbH");

    QTemporaryDir temp;
    ui::Settings settings(temp.filePath(QStringLiteral("settings.ini")));
    ui::Settings::setInstance(&settings);
    const QString path = temp.filePath(QStringLiteral("sample.partnerfit"));
    if (const core::StorageStatus status = core::SampleWorkspace::create(path); !status.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(status.message));
        return 1;
    }

    ui::MainWindow window(path);
    window.resize(1440, 900);
    window.show();
    auto save = [&](const QString &name) {
        QApplication::processEvents();
        const QString file = out.filePath(name);
        window.grab().save(file);
        std::printf("%s\n", qPrintable(file));
    };
    save(QStringLiteral("main-window-no-selection.png"));
    for (const ui::PartnerRow &row : window.controller()->partners()) {
        if (row.partner.name == partnerName) {
            window.selectPartner(row.partner.id);
        }
    }
    const char *names[] = {"overview", "assessment", "culture", "mutual-gain", "roadmap", "history"};
    QTabWidget *tabs = window.partnerView()->tabs();
    for (int page = 0; page < tabs->count() && page < 6; ++page) {
        tabs->setCurrentIndex(page);
        save(QStringLiteral("page-%1.png").arg(QLatin1String(names[page])));
    }
    // Partner ▸ People…
    if (auto *actions = window.findChild<ui::PeopleActions *>()) {
        ui::PeopleDialog people(window.workspaceEditor(), actions, &window);
        people.show();
        people.selectPerson(window.controller()->myName());
        QApplication::processEvents();
        const QString file = out.filePath(QStringLiteral("dialog-people.png"));
        people.grab().save(file);
        std::printf("%s\n", qPrintable(file));
    }
    ui::Settings::setInstance(nullptr);
    return 0;
}
