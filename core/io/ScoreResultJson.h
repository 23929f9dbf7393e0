// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AssessmentResult.h"

#include <QJsonObject>

namespace pf::core::io {

/** The JSON form of a scored assessment (DESIGN.md "score --json"): full precision, null for not assessed. */
class ScoreResultJson
{
public:
    static QJsonObject toJson(const AssessmentResult &result);
    static QString confidenceName(Confidence confidence);
    static QString quadrantName(GainQuadrant quadrant);
    static QString horizonName(ExpectedHorizon horizon);
};

} // namespace pf::core::io
