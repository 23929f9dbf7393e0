// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace pf::ui {
namespace {

std::unique_ptr<QTranslator> s_app;
std::unique_ptr<QTranslator> s_qt;

void remove(std::unique_ptr<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator.get());
        translator.reset();
    }
}

} // namespace

QList<Translations::Language> Translations::available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")}};
}

QString Translations::install(const QString &code)
{
    remove(s_app);
    remove(s_qt);
    // The source strings are English: nothing to load for it.
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (!code.isEmpty() && code == QLatin1String("en")) {
        return code;
    }
    auto app = std::make_unique<QTranslator>();
    if (!app->load(locale, QStringLiteral("partnerfit"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(app.get());
    const QString language = app->language().section(QLatin1Char('_'), 0, 0);
    s_app = std::move(app);

    // Qt's own strings (standard buttons, dialogs) where the system has them.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        s_qt = std::move(qt);
    }
    return language;
}

} // namespace pf::ui
