// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/AssessmentJson.h"
#include "core/io/FrameworkJson.h"
#include "core/model/AssessmentInput.h"

#include <QFile>
#include <QString>

namespace pf::test {

/// Reads tests/data/scoring/<name>; an empty input (no framework key) when it does not load.
inline core::AssessmentInput loadAssessment(const QString &name, QString *error = nullptr)
{
    QFile file(QStringLiteral(PARTNERFIT_TEST_DATA_DIR "/scoring/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = file.errorString();
        }
        return {};
    }
    const auto result = core::io::AssessmentJson::fromBytes(file.readAll());
    if (error) {
        *error = result.error.toString();
    }
    return result.value.value_or(core::AssessmentInput{});
}

inline core::Framework fiveLessons()
{
    return core::io::FrameworkJson::builtIn(QStringLiteral("five-lessons")).value.value_or(core::Framework{});
}

/// A rating of @p value by @p assessor.
inline core::Rating rating(const char *criterion, const char *assessor, int value)
{
    return {QString::fromLatin1(criterion), QString::fromLatin1(assessor), core::RatingState::Rated, value, {}};
}

} // namespace pf::test
