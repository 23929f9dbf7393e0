// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemporarySettings.h"
#include "support/CatchCompat.h"
#include "ui/common/Translations.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/people/PeopleActions.h"
#include "ui/people/PeopleDialog.h"
#include "ui/preferences/PreferencesDialog.h"
#include "ui/workspace/WorkspaceController.h"
#include "ui/workspace/WorkspaceEditor.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QTest>

using pf::test::TemporarySettings;
using pf::ui::MainWindow;
using pf::ui::Translations;

namespace {

/// Every text a user can see in @p window, keyed by where it is.
QMap<QString, QString> visibleTexts(QWidget &window)
{
    QMap<QString, QString> texts;
    const auto menuBar = window.findChild<QMenuBar *>();
    for (QAction *menuAction : menuBar ? menuBar->actions() : QList<QAction *>()) {
        const QString menuKey = menuAction->menu() ? menuAction->menu()->objectName() : QString();
        texts.insert(QStringLiteral("menu:") + menuKey, menuAction->text());
        for (QAction *action : menuAction->menu()->actions()) {
            if (!action->isSeparator()) {
                texts.insert(QStringLiteral("action:") + action->objectName(), action->text());
            }
        }
    }
    int index = 0;
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (label->isVisible() && !label->text().isEmpty() && label->objectName() != QLatin1String("workspaceLabel")) {
            texts.insert(QStringLiteral("label:%1:%2").arg(label->objectName()).arg(index++), label->text());
        }
    }
    index = 0;
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (button->isVisible() && !button->text().isEmpty()) {
            texts.insert(QStringLiteral("button:%1").arg(index++), button->text());
        }
    }
    for (QLineEdit *edit : window.findChildren<QLineEdit *>()) {
        if (edit->isVisible() && !edit->placeholderText().isEmpty()) {
            texts.insert(QStringLiteral("placeholder:") + edit->objectName(), edit->placeholderText());
        }
    }
    return texts;
}

/// Visible widgets whose text does not fit the room they have.
QStringList truncatedTexts(QWidget &window)
{
    QStringList truncated;
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty() || label->textFormat() == Qt::RichText) {
            continue;
        }
        const bool fits = label->wordWrap()
                              ? label->heightForWidth(label->contentsRect().width()) <= label->contentsRect().height()
                              : label->fontMetrics().size(Qt::TextShowMnemonic, label->text()).width() <=
                                    label->contentsRect().width();
        if (!fits) {
            truncated << label->text();
        }
    }
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (button->isVisible() && !button->text().isEmpty() && button->sizeHint().width() > button->width()) {
            truncated << button->text();
        }
    }
    for (QLineEdit *edit : window.findChildren<QLineEdit *>()) {
        if (edit->isVisible() && edit->fontMetrics().horizontalAdvance(edit->placeholderText()) > edit->width() - 12) {
            truncated << edit->placeholderText();
        }
    }
    for (QComboBox *combo : window.findChildren<QComboBox *>()) {
        if (combo->isVisible() && combo->sizeHint().width() > combo->width()) {
            truncated << combo->currentText();
        }
    }
    return truncated;
}

// Words that are the same in German and English.
const QStringList s_sameInGerman = {QStringLiteral("&Partner"), QStringLiteral("Partner")};

} // namespace

TEST_CASE("The main window in German is fully translated and nothing is truncated", "[i18n]")
{
    TemporarySettings temp;
    Translations::install(QStringLiteral("en"));
    MainWindow english(temp.dir.filePath(QStringLiteral("w.partnerfit")));
    english.show();
    REQUIRE(QTest::qWaitForWindowExposed(&english));
    const QMap<QString, QString> englishTexts = visibleTexts(english);

    REQUIRE(Translations::install(QStringLiteral("de")) == QStringLiteral("de"));
    MainWindow german(temp.dir.filePath(QStringLiteral("w.partnerfit")));
    german.show();
    REQUIRE(QTest::qWaitForWindowExposed(&german));
    const QMap<QString, QString> germanTexts = visibleTexts(german);
    const QStringList truncated = truncatedTexts(german);
    Translations::install(QStringLiteral("en"));

    REQUIRE(germanTexts.keys() == englishTexts.keys());
    CHECK(germanTexts.value(QStringLiteral("menu:menuFile")) == QStringLiteral("&Datei"));
    QStringList leftInEnglish;
    for (auto it = englishTexts.cbegin(); it != englishTexts.cend(); ++it) {
        if (germanTexts.value(it.key()) == it.value() && !s_sameInGerman.contains(it.value())) {
            leftInEnglish << it.value();
        }
    }
    CHECK(leftInEnglish == QStringList());
    CHECK(truncated == QStringList());
}

TEST_CASE("The preferences dialog in German and French fits its texts", "[i18n]")
{
    TemporarySettings temp;
    for (const QString &language : {QStringLiteral("de"), QStringLiteral("fr")}) {
        REQUIRE(Translations::install(language) == language);
        pf::ui::PreferencesDialog dialog;
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        CHECK(dialog.windowTitle() != QStringLiteral("Preferences"));
        CHECK(truncatedTexts(dialog) == QStringList());
    }
    Translations::install(QStringLiteral("en"));
}

TEST_CASE("The People dialog in German and French fits its texts", "[i18n]")
{
    TemporarySettings temp;
    for (const QString &language : {QStringLiteral("de"), QStringLiteral("fr")}) {
        REQUIRE(Translations::install(language) == language);
        MainWindow window(temp.dir.filePath(QStringLiteral("people-%1.partnerfit").arg(language)));
        REQUIRE(
            window.workspaceEditor()->addPerson({0, QStringLiteral("Ana Lima"), QStringLiteral("Director"), 0}).ok());
        auto *actions = window.findChild<pf::ui::PeopleActions *>();
        REQUIRE(actions);
        pf::ui::PeopleDialog dialog(window.workspaceEditor(), actions, &window);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        CHECK(dialog.windowTitle() != QStringLiteral("People"));
        CHECK(truncatedTexts(dialog) == QStringList());
    }
    Translations::install(QStringLiteral("en"));
}

TEST_CASE("Every shipped language loads, and an unknown one falls back to English", "[i18n]")
{
    for (const Translations::Language &language : Translations::available()) {
        CHECK(Translations::install(language.code) == language.code);
    }
    CHECK(Translations::install(QStringLiteral("fr")) == QStringLiteral("fr"));
    CHECK(QCoreApplication::translate("pf::ui::MainWindow", "&File") == QStringLiteral("&Fichier"));
    CHECK(Translations::install(QStringLiteral("xx")) == QStringLiteral("en"));
    CHECK(QCoreApplication::translate("pf::ui::MainWindow", "&File") == QStringLiteral("&File"));
}
