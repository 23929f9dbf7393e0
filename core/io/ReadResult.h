// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/InputError.h"

#include <optional>

namespace pf::core::io {

/** A value read from an exchange file, or the first input error with its JSON path. */
template <typename T>
struct ReadResult
{
    std::optional<T> value;
    InputError error;

    bool ok() const { return value.has_value(); }
    static ReadResult failure(InputError error) { return {std::nullopt, std::move(error)}; }
};

} // namespace pf::core::io
