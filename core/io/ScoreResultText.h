// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AssessmentResult.h"
#include "core/model/Framework.h"

#include <QLocale>
#include <QString>

namespace pf::core::io {

/** A readable plain-text summary of a scored assessment: verdict, overall, pillars, knock-outs, discuss, advice. */
class ScoreResultText
{
public:
    /// @p locale formats the numbers (the CLI passes the C locale).
    static QString format(const AssessmentResult &result, const Framework &framework, const QString &partnerName,
                          const QLocale &locale = QLocale::c());
};

} // namespace pf::core::io
