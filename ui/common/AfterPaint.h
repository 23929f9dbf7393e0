// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QWidget;

namespace pf::ui {

/// Calls @p work once, from the event loop right after @p widget's next paint: what can wait is done once the
/// user sees the window, not before. Nothing is called if @p widget is destroyed first.
void afterNextPaint(QWidget *widget, std::function<void()> work);

} // namespace pf::ui
