// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Random but valid assessments for property tests and benchmarks.
#pragma once

#include "core/model/AssessmentInput.h"
#include "core/scoring/RandomGenerator.h"

#include <QStringList>

namespace pf::test {

/// 1–3 assessors on every ratable key (some n/a, some open), culture profiles with gaps, 0–4 roadmap items a side
/// (some outside the window), an occasional consensus and the mean aggregation now and then.
inline core::AssessmentInput syntheticAssessment(const core::Framework &framework,
                                                 core::scoring::RandomGenerator &random)
{
    using namespace pf::core;
    AssessmentInput input;
    input.framework = framework;
    input.asOf = QDate(2026, 11, 26);
    input.aggregation = random.next() % 4 == 0 ? Aggregation::Mean : Aggregation::Median;
    static const QStringList assessors = {QStringLiteral("ana"), QStringLiteral("ben"), QStringLiteral("chen")};
    static const QStringList themes = {QStringLiteral("Cloud"), QStringLiteral("ai"), QStringLiteral("edge "),
                                       QStringLiteral("security"), QStringLiteral("data")};
    const int count = 1 + int(random.next() % 3);
    auto rate = [&](const QString &key) {
        for (int a = 0; a < count; ++a) {
            const auto dice = random.next() % 20;
            const RatingState state = dice == 0   ? RatingState::NotApplicable
                                      : dice == 1 ? RatingState::NotAssessed
                                                  : RatingState::Rated;
            input.ratings.append({key, assessors.at(a), state, 1 + int(random.next() % 5), {}});
        }
        if (random.next() % 15 == 0) {
            input.consensus.append({key, 1.0 + double(random.next() % 9) / 2.0, QStringLiteral("agreed")});
        }
    };
    for (const Criterion &c : framework.criteria) {
        if (!c.isComputed()) {
            rate(c.key);
        }
    }
    for (const GainInput &g : framework.gainInputs) {
        rate(g.key);
    }
    for (const CultureAxis &axis : framework.cultureAxes) {
        if (random.next() % 8 != 0) {
            input.homeCulture.values.insert(axis.key, 1.0 + double(random.next() % 7));
        }
        if (random.next() % 8 != 0) {
            input.partnerCulture.values.insert(axis.key, 1.0 + double(random.next() % 7));
        }
    }
    for (QList<RoadmapItem> *roadmap : {&input.homeRoadmap, &input.partnerRoadmap}) {
        const int items = int(random.next() % 5);
        for (int i = 0; i < items; ++i) {
            const int from = 2022 + int(random.next() % 12);
            roadmap->append({themes.at(qsizetype(random.next() % 5)), from, from + int(random.next() % 5),
                             Commitment(random.next() % 3), Stance(random.next() % 3)});
        }
    }
    return input;
}

} // namespace pf::test
