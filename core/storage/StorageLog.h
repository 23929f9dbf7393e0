// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace pf::core {

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

} // namespace pf::core
