// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageLog.h"

namespace pf::core {

Q_LOGGING_CATEGORY(lcStorage, "partnerfit.storage", QtInfoMsg)

} // namespace pf::core
