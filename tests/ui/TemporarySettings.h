// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/Settings.h"

#include <QTemporaryDir>

namespace pf::test {

/** Points the application's settings at a temporary INI file for the life of a test. */
struct TemporarySettings
{
    QTemporaryDir dir;
    ui::Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    TemporarySettings() { ui::Settings::setInstance(&settings); }
    ~TemporarySettings() { ui::Settings::setInstance(nullptr); }
    TemporarySettings(const TemporarySettings &) = delete;
    TemporarySettings &operator=(const TemporarySettings &) = delete;
};

} // namespace pf::test
