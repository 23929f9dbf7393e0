// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportBlock.h"

#include <QColor>
#include <QList>
#include <QString>

#include <optional>

namespace pf::ui::report {

/** A table whose value columns show a 0–100 bar with the number beside it: one row per partner, as compact as a
 *  line of text, breaking across pages with the header row repeated. The numbers are text, so the table reads
 *  the same to a screen reader or pdftotext as to the eye. */
class BarTableBlock : public ReportBlock
{
public:
    struct Column
    {
        QString title;
        qreal stretch = 1.0;
        /// A bar column (0–100) in this colour; an invalid colour makes a text column.
        QColor bar;
    };
    struct Cell
    {
        QString text;
        /// The bar's value for bar columns; nullopt draws "—" without a bar.
        std::optional<double> value;
    };

    explicit BarTableBlock(QList<Column> columns);
    BarTableBlock &addRow(QList<Cell> cells);
    int rowCount() const { return int(m_rows.size()); }
    void layout(const ReportLayoutContext &context, QList<ReportFragment> &out) const override;

private:
    QList<Column> m_columns;
    QList<QList<Cell>> m_rows;
};

} // namespace pf::ui::report
