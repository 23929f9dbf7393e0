// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A fixture for meta.test_name_check_catches_a_semicolon: a test case name ctest would split.
#include "tests/support/CatchCompat.h"
TEST_CASE("one thing; another thing", "[fixture]")
{}
