// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pf::core {

/// What an assessor said about a criterion: nothing yet, "not applicable", or a value 1–5.
enum class RatingState { NotAssessed, NotApplicable, Rated };

/** One assessor's rating of one criterion (or mutual-gain input), with an optional evidence note. */
struct Rating
{
    QString criterion;
    QString assessor;
    RatingState state = RatingState::NotAssessed;
    /// 1..5 when state is Rated; ignored otherwise.
    int value = 0;
    QString note;

    bool isRated() const { return state == RatingState::Rated; }

    friend bool operator==(const Rating &, const Rating &) = default;
};

} // namespace pf::core
