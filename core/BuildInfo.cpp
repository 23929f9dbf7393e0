// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BuildInfo.h"

#include "BuildInfoValues.h"
#include "GitRevision.h"

#include <QtGlobal>

namespace pf::core {

QString BuildInfo::version()
{
    return QStringLiteral(PARTNERFIT_VERSION);
}

QString BuildInfo::gitRevision()
{
    return QStringLiteral(PARTNERFIT_GIT_REVISION);
}

QString BuildInfo::applicationId()
{
    return QStringLiteral(PARTNERFIT_APP_ID);
}

QString BuildInfo::qtVersion()
{
    return QString::fromLatin1(qVersion());
}

QString BuildInfo::versionString()
{
    const QString revision = gitRevision();
    return revision.isEmpty() ? version() : QStringLiteral("%1 (%2)").arg(version(), revision);
}

QString BuildInfo::versionReport(const QString &program)
{
    return QStringLiteral("%1 %2\nQt %3 (built with %4)\nLicence: %5\n")
        .arg(program, versionString(), qtVersion(), QStringLiteral(QT_VERSION_STR), licence());
}

} // namespace pf::core
