// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace pf::ui::charts {

/** A chart's data as rows and columns: the accessible alternative to the picture.
 *  Cells hold QString, int or double; a null QVariant means "not assessed". */
struct ChartTable
{
    QString title;
    QStringList columns;
    QList<QVariantList> rows;
};

} // namespace pf::ui::charts
