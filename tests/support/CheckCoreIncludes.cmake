# SPDX-FileCopyrightText: 2026 The PartnerFit authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a source file under DIR includes a header of a Qt GUI module
# (QtGui, QtWidgets, QtCharts, QtSvg, QtPrintSupport, QtOpenGL...) or a GUI class.
file(GLOB_RECURSE files "${DIR}/*.h" "${DIR}/*.cpp" "${DIR}/*.hpp" "${DIR}/*.in")
set(gui_modules "QtGui|QtWidgets|QtCharts|QtSvg|QtSvgWidgets|QtPrintSupport|QtOpenGL|QtOpenGLWidgets|QtQuick|QtQml|QtPdf")
set(gui_classes "QApplication|QGuiApplication|QWidget|QColor|QFont|QImage|QPixmap|QIcon|QPainter|QPalette|QPdfWriter|QTextDocument|QChart[A-Za-z]*")
set(bad "")
foreach(f IN LISTS files)
    file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include")
    foreach(line IN LISTS lines)
        if(line MATCHES "[<\"](${gui_modules})/" OR line MATCHES "[<\"](${gui_modules}|${gui_classes})[>\"]")
            list(APPEND bad "${f}: ${line}")
        endif()
    endforeach()
endforeach()
if(bad)
    list(JOIN bad "\n  " text)
    message(FATAL_ERROR "core/ must use Qt Core and Qt Sql only; these lines include GUI headers:\n  ${text}")
endif()
list(LENGTH files count)
message(STATUS "${count} files in ${DIR}: no GUI includes")
