# SPDX-FileCopyrightText: 2026 The PartnerFit authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The portfolio report, read back through poppler-utils; without poppler those cases exit with 77 (skipped).
add_executable(test_report_portfolio
    PortfolioReportTest.cpp
    PortfolioFixture.h PortfolioFixture.cpp
    ../cli/CliRunner.h ../cli/CliRunner.cpp)
target_link_libraries(test_report_portfolio PRIVATE partnerfit_gui_test_support partnerfit_ui partnerfit_core
    partnerfit_options)
target_compile_definitions(test_report_portfolio PRIVATE PARTNERFIT_CLI_PATH="$<TARGET_FILE:partnerfit-cli>")
target_include_directories(test_report_portfolio PRIVATE "${CMAKE_CURRENT_SOURCE_DIR}/..")
add_dependencies(test_report_portfolio partnerfit-cli)
catch_discover_tests(test_report_portfolio TEST_PREFIX "report."
    PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen" SKIP_RETURN_CODE 77)
