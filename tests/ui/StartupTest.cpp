// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up shows the workspace before its quick_check has finished; a damaged workspace is still refused with
// the way out, and the partner list is read lean while the selected partner comes with its full record.
#include "TemporarySettings.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceBackup.h"
#include "support/CatchCompat.h"
#include "ui/common/MessageBar.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/workspace/WorkspaceController.h"

#include <QFile>
#include <QPushButton>
#include <QTest>

using namespace pf;
using pf::test::TemporarySettings;

namespace {

core::Partner acme()
{
    core::Partner p;
    p.name = QStringLiteral("Acme GmbH");
    p.notes = QStringLiteral("Met at the fair");
    p.contacts = {core::Contact{QStringLiteral("Jana Novák"), QStringLiteral("CEO"), {}, {}}};
    p.culture.values = {{QStringLiteral("decision_speed"), 4.0}};
    p.roadmap = {
        core::RoadmapItem{QStringLiteral("cloud"), 2026, 2028, core::Commitment::Planned, core::Stance::Invest}};
    return p;
}

/// A workspace holding acme() and a verified backup of it; returns the backup's path.
QString workspaceWithBackup(const QString &path)
{
    core::WorkspaceOptions options;
    options.dailyBackups = false;
    auto created = core::Workspace::create(path, options);
    REQUIRE(created.ok());
    REQUIRE(core::PartnerRepository(*created.workspace).add(acme()).ok());
    auto backup = core::WorkspaceBackup::backup(*created.workspace, core::WorkspaceBackup::Reason::Manual);
    REQUIRE(backup.ok());
    return *backup.value;
}

} // namespace

TEST_CASE("A damaged workspace found by the check after start-up is closed and refused with its backup offered",
          "[mainwindow][startup]")
{
    TemporarySettings temp;
    const QString path = temp.dir.filePath(QStringLiteral("damaged.partnerfit"));
    const QString backup = workspaceWithBackup(path);
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(4096); // past the header, which still looks fine
        file.write(QByteArray(4096, '\x5a'));
    }
    ui::MainWindow window(path);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(QTest::qWaitFor([&] { return !window.controller()->isOpen(); }, 5000));
    CHECK(window.controller()->partners().isEmpty());
    CHECK_FALSE(window.messageBar()->isHidden());
    CHECK(window.messageBar()->text().contains(QStringLiteral("damaged")));
    CHECK(window.messageBar()->text().contains(backup));
    QPushButton *way = nullptr;
    for (QPushButton *button : window.messageBar()->findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("Open the Newest Good Backup")) {
            way = button;
        }
    }
    REQUIRE(way);
    way->click();
    REQUIRE(window.controller()->isOpen());
    CHECK(window.controller()->path() == backup);
    REQUIRE(window.controller()->partners().size() == 1);
    CHECK(window.controller()->partners().constFirst().partner.name == QStringLiteral("Acme GmbH"));
}

TEST_CASE("The partner list carries its columns, the selected partner is read in full", "[mainwindow][startup]")
{
    TemporarySettings temp;
    const QString path = temp.dir.filePath(QStringLiteral("w.partnerfit"));
    workspaceWithBackup(path);
    ui::MainWindow window(path);
    ui::WorkspaceController *controller = window.controller();
    REQUIRE(controller->partners().size() == 1);
    const core::Partner &row = controller->partners().constFirst().partner;
    CHECK(row.name == QStringLiteral("Acme GmbH"));
    CHECK(row.contacts.isEmpty()); // not read for the list
    REQUIRE(controller->selectPartner(row.id).ok());
    const std::optional<core::Partner> selected = controller->selectedPartner();
    REQUIRE(selected.has_value());
    core::Partner expected = acme();
    expected.id = row.id;
    expected.revision = row.revision;
    CHECK(*selected == expected);
    // Edited elsewhere (here: through storage directly): reloading reads the selected partner again.
    core::Partner changed = *selected;
    changed.notes = QStringLiteral("Signed the NDA");
    REQUIRE(core::PartnerRepository(*controller->workspace()).update(changed).ok());
    REQUIRE(controller->reload().ok());
    CHECK(controller->selectedPartner()->notes == QStringLiteral("Signed the NDA"));
}
