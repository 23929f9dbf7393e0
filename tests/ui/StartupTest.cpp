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
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStatusBar>
#include <QTableView>
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

namespace {

/// A workspace of @p count partners named "Partner 000", "Partner 001", …
void workspaceOfPartners(const QString &path, int count)
{
    core::WorkspaceOptions options;
    options.dailyBackups = false;
    auto created = core::Workspace::create(path, options);
    REQUIRE(created.ok());
    QList<core::Partner> partners;
    for (int i = 0; i < count; ++i) {
        core::Partner p;
        p.name = QStringLiteral("Partner %1").arg(i, 3, 10, QLatin1Char('0'));
        partners << p;
    }
    REQUIRE(core::PartnerRepository(*created.workspace).addMany(partners, QStringLiteral("test")).ok());
}

/// The names the partner list shows, top to bottom.
QStringList shownNames(ui::MainWindow &window)
{
    QStringList names;
    const QAbstractItemModel *model = window.partnerTable()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        names << model->index(row, 0).data().toString();
    }
    return names;
}

} // namespace

TEST_CASE("A long partner list shows its first screen first, and a search typed meanwhile filters the whole list",
          "[mainwindow][startup]")
{
    TemporarySettings temp;
    const QString path = temp.dir.filePath(QStringLiteral("long.partnerfit"));
    workspaceOfPartners(path, 260);
    ui::MainWindow window(path);
    ui::WorkspaceController *controller = window.controller();
    CHECK_FALSE(controller->isListComplete());
    CHECK(controller->partners().size() == 200);
    CHECK(shownNames(window).constFirst() == QStringLiteral("Partner 000"));
    CHECK(shownNames(window).constLast() == QStringLiteral("Partner 199"));
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Loading partners…"));

    // Typed before the rest arrives: two of the first 200 match.
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("partnerSearch"));
    REQUIRE(search);
    search->setText(QStringLiteral("24"));
    CHECK(shownNames(window) == QStringList{QStringLiteral("Partner 024"), QStringLiteral("Partner 124")});

    window.show();
    REQUIRE(QTest::qWaitFor([&] { return controller->isListComplete(); }, 5000));
    CHECK(controller->partners().size() == 260);
    CHECK(window.statusBar()->currentMessage().isEmpty());
    const QStringList found = shownNames(window);
    REQUIRE(found.size() == 13); // 024, 124, 224 and 240 to 249
    CHECK(found.at(2) == QStringLiteral("Partner 224"));
    CHECK(found.constLast() == QStringLiteral("Partner 249"));

    // Sorting works on the whole list, as after reading it at once.
    search->clear();
    window.partnerTable()->sortByColumn(0, Qt::DescendingOrder);
    CHECK(shownNames(window).constFirst() == QStringLiteral("Partner 259"));
    window.partnerTable()->sortByColumn(0, Qt::AscendingOrder);
    const QStringList arrived = shownNames(window);
    REQUIRE(controller->reload().ok());
    CHECK(shownNames(window) == arrived);
    CHECK(arrived.size() == 260);
}

TEST_CASE("The rest of a long partner list arrives without losing the selection or the scroll position",
          "[mainwindow][startup]")
{
    TemporarySettings temp;
    const QString path = temp.dir.filePath(QStringLiteral("long.partnerfit"));
    workspaceOfPartners(path, 260);
    ui::MainWindow window(path);
    ui::WorkspaceController *controller = window.controller();
    REQUIRE_FALSE(controller->isListComplete());
    const qint64 chosen = controller->partners().at(150).partner.id;
    REQUIRE(controller->partners().at(150).partner.name == QStringLiteral("Partner 150"));
    window.show(); // lays the window out; it paints from the event loop
    QTableView *table = window.partnerTable();
    window.selectPartner(chosen);
    table->scrollTo(table->selectionModel()->selectedRows().constFirst(), QAbstractItemView::PositionAtTop);
    const int scrolled = table->verticalScrollBar()->value();
    REQUIRE(scrolled > 0);
    REQUIRE_FALSE(controller->isListComplete());

    REQUIRE(QTest::qWaitFor([&] { return controller->isListComplete(); }, 5000));
    CHECK(table->model()->rowCount() == 260);
    CHECK(controller->selectedPartnerId() == chosen);
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    REQUIRE(selected.size() == 1);
    CHECK(selected.constFirst().data().toString() == QStringLiteral("Partner 150"));
    CHECK(table->verticalScrollBar()->value() == scrolled);
    CHECK(table->indexAt(QPoint(2, 2)).data().toString() == QStringLiteral("Partner 150"));
}
