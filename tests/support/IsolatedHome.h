// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

/** Gives the test process a home folder of its own for as long as it lives. QStandardPaths' test mode puts the
 *  default workspace and the settings under ~/.qttest; with one home per process, test binaries that ctest
 *  runs in parallel never remove or write each other's files. Create it first thing in main(). */
class IsolatedHome
{
public:
    IsolatedHome() : m_home(QDir::tempPath() + QStringLiteral("/PartnerFitTestHome-XXXXXX"))
    {
        if (m_home.isValid()) {
            qputenv("HOME", QFile::encodeName(m_home.path()));
        }
    }

private:
    QTemporaryDir m_home;
};
