// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PortfolioBlocks.h"

#include "ReportStyle.h"
#include "ReportText.h"
#include "ui/charts/ChartFormat.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace pf::ui::report {

BarTableBlock::BarTableBlock(QList<Column> columns) : m_columns(std::move(columns))
{}

BarTableBlock &BarTableBlock::addRow(QList<Cell> cells)
{
    m_rows << std::move(cells);
    return *this;
}

void BarTableBlock::layout(const ReportLayoutContext &context, QList<ReportFragment> &out) const
{
    const ReportStyle &style = context.style;
    const qreal width = context.content.width();
    qreal stretch = 0;
    for (const Column &c : m_columns) {
        stretch += std::max<qreal>(0.01, c.stretch);
    }
    QList<qreal> xs;
    QList<qreal> widths;
    qreal x = 0;
    for (const Column &c : m_columns) {
        xs << x;
        widths << width * std::max<qreal>(0.01, c.stretch) / stretch;
        x += widths.constLast();
    }
    const qreal pad = ReportStyle::CellPadding;
    const QFont body = style.font(ReportStyle::Text::Small);
    const QFont bold = style.font(ReportStyle::Text::Small, QFont::DemiBold);
    const QColor text = style.text();
    const QColor muted = style.mutedText();
    const QColor rule = style.rule();
    const QColor track = style.panelFill();
    const QColor headerFill = style.headerFill();
    // Room for "100" right of each bar.
    const qreal numberWidth = QFontMetricsF(body).horizontalAdvance(QStringLiteral("100")) + 6;

    // Header: titles wrap to two lines at most.
    {
        QList<WrappedText> titles;
        qreal h = 0;
        for (int c = 0; c < m_columns.size(); ++c) {
            titles << WrappedText(m_columns.at(c).title, bold, muted, widths.at(c) - 2 * pad, Qt::AlignLeft, 2);
            h = std::max(h, titles.constLast().height());
        }
        auto header = std::make_shared<ReportFragment>();
        header->height = h + 2 * pad;
        header->keepWithNext = true;
        header->paint = [titles, xs, pad, headerFill](QPainter *painter, const QRectF &rect) {
            painter->fillRect(rect, headerFill);
            for (int c = 0; c < titles.size(); ++c) {
                titles.at(c).paint(painter, QPointF(rect.left() + xs.at(c) + pad, rect.top() + pad));
            }
        };
        ReportFragment first = *header;
        first.spaceBefore = ReportStyle::BlockGap;
        out << first;

        for (int r = 0; r < m_rows.size(); ++r) {
            const QList<Cell> &cells = m_rows.at(r);
            struct Painted
            {
                WrappedText label;
                std::optional<double> value;
                bool bar;
                QColor color;
            };
            QList<Painted> row;
            qreal rowHeight = 0;
            for (int c = 0; c < m_columns.size(); ++c) {
                const Cell cell = c < cells.size() ? cells.at(c) : Cell{};
                const bool isBar = m_columns.at(c).bar.isValid();
                const QString label = isBar ? charts::ChartFormat::score(cell.value) : cell.text;
                const qreal labelWidth = isBar ? numberWidth : widths.at(c) - 2 * pad;
                row << Painted{WrappedText(label, body, text, labelWidth, isBar ? Qt::AlignRight : Qt::AlignLeft, 1),
                               cell.value, isBar, m_columns.at(c).bar};
                rowHeight = std::max(rowHeight, row.constLast().label.height());
            }
            ReportFragment f;
            f.height = rowHeight + 2 * pad;
            f.keepWithNext = r == m_rows.size() - 2;
            f.repeatOnNewPage = header;
            f.paint = [row, xs, widths, pad, numberWidth, track, rule](QPainter *painter, const QRectF &rect) {
                for (int c = 0; c < row.size(); ++c) {
                    const Painted &cell = row.at(c);
                    const QRectF area(rect.left() + xs.at(c) + pad, rect.top() + pad, widths.at(c) - 2 * pad,
                                      rect.height() - 2 * pad);
                    if (!cell.bar) {
                        cell.label.paint(painter, area.topLeft());
                        continue;
                    }
                    const QRectF barArea(area.left(), area.center().y() - 4, area.width() - numberWidth - 4, 8);
                    painter->fillRect(barArea, track);
                    if (cell.value) {
                        const qreal share = std::clamp(*cell.value, 0.0, 100.0) / 100.0;
                        painter->fillRect(QRectF(barArea.topLeft(), QSizeF(barArea.width() * share, 8)), cell.color);
                    }
                    cell.label.paint(painter, QPointF(area.right() - numberWidth, area.top()));
                }
                painter->fillRect(QRectF(rect.left(), rect.bottom() - 0.75, rect.width(), 0.75), rule);
            };
            out << f;
        }
    }
}

} // namespace pf::ui::report
