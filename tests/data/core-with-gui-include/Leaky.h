// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fixture for meta.core_include_check_catches_gui_include: must be rejected.
#pragma once

#include <QString>
#include <QtGui/QColor>
