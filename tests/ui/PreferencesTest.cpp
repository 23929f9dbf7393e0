// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemporarySettings.h"
#include "support/CatchCompat.h"
#include "ui/preferences/PreferencesDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QSpinBox>

using pf::test::TemporarySettings;
using pf::ui::PreferencesDialog;
using pf::ui::Settings;

TEST_CASE("Preferences store the language override and the number of backups", "[preferences]")
{
    TemporarySettings temp;
    CHECK(temp.settings.string(Settings::Key::Language).isEmpty());  // follows the system by default
    CHECK(temp.settings.integer(Settings::Key::BackupsToKeep) == 7); // as storage keeps by default

    PreferencesDialog dialog;
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    auto *backups = dialog.findChild<QSpinBox *>(QStringLiteral("backupsSpin"));
    auto *hint = dialog.findChild<QLabel *>(QStringLiteral("restartHint"));
    REQUIRE(language);
    REQUIRE(backups);
    REQUIRE(hint);
    CHECK(language->currentIndex() == 0);
    CHECK(hint->isHidden());

    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    CHECK_FALSE(hint->isHidden()); // tells the user when it takes effect
    backups->setValue(25);
    dialog.apply();

    Settings reread(temp.settings.fileName());
    CHECK(reread.string(Settings::Key::Language) == QStringLiteral("de"));
    CHECK(reread.integer(Settings::Key::BackupsToKeep) == 25);
}

TEST_CASE("Recent workspaces keep the newest first, without duplicates, at most ten", "[settings]")
{
    TemporarySettings temp;
    for (int i = 0; i < 12; ++i) {
        temp.settings.addRecentWorkspace(QStringLiteral("/w/%1.partnerfit").arg(i));
    }
    temp.settings.addRecentWorkspace(QStringLiteral("/w/5.partnerfit"));
    const QStringList recent = temp.settings.stringList(Settings::Key::RecentWorkspaces);
    CHECK(recent.size() == 10);
    CHECK(recent.first() == QStringLiteral("/w/5.partnerfit"));
    CHECK(recent.count(QStringLiteral("/w/5.partnerfit")) == 1);
    CHECK(recent.at(1) == QStringLiteral("/w/11.partnerfit"));
}
