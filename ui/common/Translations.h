// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace pf::ui {

/** Loads PartnerFit's (and Qt's own) translations for the system locale or a chosen language. */
class Translations
{
public:
    struct Language
    {
        QString code;       ///< "en", "de", "fr"
        QString nativeName; ///< "English", "Deutsch", "Français"
    };

    /// The languages PartnerFit ships, English first.
    static QList<Language> available();

    /// Installs the translators for @p code, or for the system's UI languages when it is empty,
    /// replacing any installed before. Returns the code of the language now in effect.
    static QString install(const QString &code);
};

} // namespace pf::ui
