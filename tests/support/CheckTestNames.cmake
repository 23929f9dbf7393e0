# SPDX-FileCopyrightText: 2026 The PartnerFit authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# CTest splits discovered test names at ';', so a Catch test case named "a; b" is registered as two names
# that match nothing and would silently never run. Fail when a test case name contains one.
# Usage: cmake -DDIR=<tests dir> -P CheckTestNames.cmake
file(GLOB_RECURSE sources "${DIR}/*.cpp")
list(FILTER sources EXCLUDE REGEX "^${DIR}/data/") # fixtures, e.g. the one that proves this check works
set(bad "")
foreach(source IN LISTS sources)
    file(READ "${source}" content)
    string(REGEX MATCH "TEST_CASE\\(\"[^\"]*;[^\"]*\"" found "${content}")
    if(found)
        string(APPEND bad "\n  ${source}")
    endif()
endforeach()
if(bad)
    message(FATAL_ERROR "Test case names with ';' never run under ctest; rename them:${bad}")
endif()
list(LENGTH sources count)
message(STATUS "${count} test sources checked: no ';' in test case names")
