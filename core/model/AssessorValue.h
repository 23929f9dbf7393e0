// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Rating.h"

#include <QString>

namespace pf::core {

/** One assessor's state and value on a criterion, as shown next to the aggregate. */
struct AssessorValue
{
    QString assessor;
    RatingState state = RatingState::NotAssessed;
    int value = 0;

    friend bool operator==(const AssessorValue &, const AssessorValue &) = default;
};

} // namespace pf::core
