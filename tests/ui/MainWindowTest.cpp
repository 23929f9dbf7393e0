// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/MainWindow.h"

#include "TemporarySettings.h"
#include "core/BuildInfo.h"
#include "support/CatchCompat.h"
#include "ui/about/AboutDialog.h"
#include "ui/common/EmptyState.h"
#include "ui/common/Settings.h"
#include "ui/workspace/WorkspaceController.h"

#include <QComboBox>
#include <QMenuBar>
#include <QPointer>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using pf::ui::MainWindow;
using pf::ui::Settings;

using pf::test::TemporarySettings;

namespace {

QStringList menuTitles(const QMainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions()) {
        titles << action->text().remove(QLatin1Char('&'));
    }
    return titles;
}

} // namespace

TEST_CASE("The main window opens with the workspace in its title and closes cleanly", "[mainwindow]")
{
    TemporarySettings temp;
    QPointer<MainWindow> window = new MainWindow(temp.dir.filePath(QStringLiteral("acme-deals.partnerfit")));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window));

    CHECK(window->windowTitle().contains(QStringLiteral("acme-deals")));
    CHECK(window->windowTitle().contains(QStringLiteral("PartnerFit")));
    CHECK(window->close());
    QTest::qWait(0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(window.isNull());
}

TEST_CASE("The main window has the product's menus", "[mainwindow]")
{
    TemporarySettings temp;
    MainWindow window(temp.dir.filePath(QStringLiteral("w.partnerfit")));
    CHECK(menuTitles(window) == QStringList{QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("Partner"),
                                            QStringLiteral("Assessment"), QStringLiteral("View"),
                                            QStringLiteral("Help")});
    auto *about = window.findChild<QAction *>(QStringLiteral("actionAbout"));
    REQUIRE(about);
    CHECK(about->isEnabled());
    CHECK(about->menuRole() == QAction::AboutRole);
}

TEST_CASE("An empty workspace tells a new user what to do next", "[mainwindow]")
{
    TemporarySettings temp;
    MainWindow window(temp.dir.filePath(QStringLiteral("w.partnerfit")));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *empty = window.findChild<pf::ui::EmptyState *>(QStringLiteral("emptyState"));
    REQUIRE(empty);
    CHECK(empty->isVisible());
    CHECK(empty->title() == QStringLiteral("No partners yet"));
    CHECK(empty->description().contains(QStringLiteral("adding the partner")));
}

TEST_CASE("The tag filter offers the workspace's tags and shows only the partners carrying one", "[mainwindow]")
{
    TemporarySettings temp;
    MainWindow window(temp.dir.filePath(QStringLiteral("w.partnerfit")));
    auto *tags = window.findChild<QComboBox *>(QStringLiteral("tagFilter"));
    auto *list = window.findChild<QTableView *>(QStringLiteral("partnerList"));
    REQUIRE(tags);
    REQUIRE(list);
    CHECK_FALSE(tags->isEnabled()); // no partner has tags yet
    auto add = [&window](const QString &name, const QStringList &partnerTags) {
        pf::core::Partner partner;
        partner.name = name;
        partner.type = QStringLiteral("reseller");
        partner.stage = QStringLiteral("prospect");
        partner.tags = partnerTags;
        REQUIRE(window.controller()->addPartner(partner).ok());
    };
    add(QStringLiteral("Acme GmbH"), {QStringLiteral("cloud"), QStringLiteral("DACH")});
    add(QStringLiteral("Borealis AB"), {QStringLiteral("Nordics")});
    add(QStringLiteral("Cobalt BV"), {QStringLiteral("Cloud")});
    REQUIRE(list->model()->rowCount() == 3);
    REQUIRE(tags->isEnabled());
    QStringList offered;
    for (int i = 1; i < tags->count(); ++i) {
        offered << tags->itemText(i);
    }
    CHECK(offered == QStringList{QStringLiteral("cloud"), QStringLiteral("DACH"), QStringLiteral("Nordics")});

    tags->setCurrentIndex(tags->findText(QStringLiteral("cloud")));
    CHECK(list->model()->rowCount() == 2); // "cloud" and "Cloud" are the same tag
    // The chosen tag stays chosen when the list changes.
    add(QStringLiteral("Delta Oy"), {QStringLiteral("cloud")});
    CHECK(tags->currentText() == QStringLiteral("cloud"));
    CHECK(list->model()->rowCount() == 3);
    tags->setCurrentIndex(0);
    CHECK(list->model()->rowCount() == 4);
}

TEST_CASE("Window geometry and splitter position persist between sessions", "[mainwindow]")
{
    TemporarySettings temp;
    {
        MainWindow window(temp.dir.filePath(QStringLiteral("w.partnerfit")));
        window.resize(1400, 900);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->setSizes({450, 950});
        window.close();
    }
    MainWindow again(temp.dir.filePath(QStringLiteral("w.partnerfit")));
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    CHECK(again.size() == QSize(1400, 900));
    CHECK(again.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes().constFirst() == 450);
}

TEST_CASE("About names the version, the Qt version and the licence", "[about]")
{
    const QString text = pf::ui::AboutDialog::aboutText();
    CHECK(text.contains(pf::core::BuildInfo::version()));
    CHECK(text.contains(QStringLiteral(QT_VERSION_STR)));
    CHECK(text.contains(QStringLiteral("GPL-3.0-or-later")));
}
