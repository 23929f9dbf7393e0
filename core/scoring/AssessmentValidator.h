// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AssessmentInput.h"
#include "core/model/InputError.h"

#include <optional>

namespace pf::core::scoring {

/** Checks an assessment input against its framework; errors name the offending value by its exchange-file path. */
class AssessmentValidator
{
public:
    /// The first input error, or nullopt when the input can be scored.
    static std::optional<InputError> validate(const AssessmentInput &input);
};

} // namespace pf::core::scoring
