// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/AssessmentResult.h"

namespace pf::core {

const CriterionResult *AssessmentResult::criterion(const QString &key) const
{
    for (const CriterionResult &c : criteria) {
        if (c.key == key) {
            return &c;
        }
    }
    for (const CriterionResult &c : gainInputs) {
        if (c.key == key) {
            return &c;
        }
    }
    return nullptr;
}

const DimensionResult *AssessmentResult::dimension(const QString &key) const
{
    for (const DimensionResult &d : dimensions) {
        if (d.key == key) {
            return &d;
        }
    }
    return nullptr;
}

} // namespace pf::core
