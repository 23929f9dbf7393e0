// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The block types a report is made of. They are small and only make sense together, so they share a file.

#include "ReportBlock.h"
#include "ReportText.h"
#include "ui/charts/ChartData.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace pf::ui::charts {
class Chart;
}

namespace pf::ui::report {

/** A section (level 1, starts a new page unless told otherwise), sub-section (2) or item heading (3). */
class HeadingBlock : public ReportBlock
{
public:
    HeadingBlock(QString text, int level, bool newPage = false);
    void layout(const ReportLayoutContext &context, QList<ReportFragment> &out) const override;

private:
    QString m_text;
    int m_level;
    bool m_newPage;
};

/** A paragraph of plain text in one or more spans; splits between lines, never leaving one line alone. */
class ParagraphBlock : public ReportBlock
{
public:
    enum class Role { Body, Small, Muted, Lead };
    explicit ParagraphBlock(QString text, Role role = Role::Body);
    /// Spans with their own fonts and colours (e.g. a bold label and its text); empty colours mean the style's text.
    explicit ParagraphBlock(QList<TextSpan> spans);
    /// Indents the paragraph by @p indent design pixels and prefixes the first line with @p bullet (e.g. "•").
    ParagraphBlock &setBullet(const QString &bullet, qreal indent = 14.0);
    ParagraphBlock &setSpaceBefore(qreal space);
    ParagraphBlock &setKeepWithNext(bool keep);
    void layout(const ReportLayoutContext &context, QList<ReportFragment> &out) const override;

private:
    QList<TextSpan> m_spans;
    QString m_text;
    Role m_role = Role::Body;
    QString m_bullet;
    qreal m_indent = 0.0;
    std::optional<qreal> m_spaceBefore;
    bool m_keepWithNext = false;
};

/** One table cell: plain text, optionally bold, in a colour, or a band badge. */
struct TableCell
{
    QString text;
    bool bold = false;
    QColor color;
    std::optional<charts::Band> badge;

    TableCell() = default;
    TableCell(QString cellText) : text(std::move(cellText)) {} // NOLINT: implicit from text on purpose
    TableCell(const char16_t *cellText) : text(QString::fromUtf16(cellText)) {}
    static TableCell strong(const QString &text);
    static TableCell colored(const QString &text, const QColor &color, bool bold = false);
    static TableCell bandBadge(charts::Band band, const QString &text = {});
};

/** A table whose rows wrap their cells and break across pages, repeating the header row on every page. */
class TableBlock : public ReportBlock
{
public:
    struct Column
    {
        QString title;
        /// Share of the width relative to the other columns.
        qreal stretch = 1.0;
        Qt::Alignment alignment = Qt::AlignLeft;
    };

    explicit TableBlock(QList<Column> columns);
    /// A two-column label/value grid without header or rules; @p pairsPerRow label/value pairs side by side.
    static TableBlock keyValue(const QList<QPair<QString, QString>> &pairs, int pairsPerRow = 1);

    TableBlock &addRow(QList<TableCell> cells);
    TableBlock &setHeaderVisible(bool visible);
    /// Label columns (every even column of a key/value grid) in muted text.
    TableBlock &setKeyValueStyle(bool keyValue);
    /// At most this many lines per cell (the last one elided); 0 for no limit (rows taller than a page are cut).
    TableBlock &setMaxLinesPerCell(int lines);
    TableBlock &setSpaceBefore(qreal space);
    int rowCount() const { return int(m_rows.size()); }
    void layout(const ReportLayoutContext &context, QList<ReportFragment> &out) const override;

private:
    QList<Column> m_columns;
    QList<QList<TableCell>> m_rows;
    bool m_headerVisible = true;
    bool m_keyValue = false;
    int m_maxLines = 0;
    qreal m_spaceBefore = -1.0;
};

/** A chart painted as vectors at its place on the page, in the report's print chart style. */
class ChartBlock : public ReportBlock
{
public:
    /// @p height in design pixels; the chart takes the full column width (or @p width when > 0, centred).
    ChartBlock(std::shared_ptr<const charts::Chart> chart, qreal height, qreal width = 0.0);
    void layout(const ReportLayoutContext &context, QList<ReportFragment> &out) const override;

private:
    std::shared_ptr<const charts::Chart> m_chart;
    qreal m_height;
    qreal m_width;
};

/** A verdict badge (band colour and name) with an optional caption beside it, e.g. the overall score. */
class BadgeBlock : public ReportBlock
{
public:
    BadgeBlock(charts::Band band, QString text = {}, QString caption = {}, int pixelSize = 16);
    void layout(const ReportLayoutContext &context, QList<ReportFragment> &out) const override;

private:
    charts::Band m_band;
    QString m_text;
    QString m_caption;
    int m_pixelSize;
};

/** Vertical space (dropped at the top of a page). */
class SpacerBlock : public ReportBlock
{
public:
    explicit SpacerBlock(qreal height);
    void layout(const ReportLayoutContext &context, QList<ReportFragment> &out) const override;

private:
    qreal m_height;
};

/** Starts a new page (nothing happens at the top of an empty page). */
class PageBreakBlock : public ReportBlock
{
public:
    void layout(const ReportLayoutContext &context, QList<ReportFragment> &out) const override;
};

/** Anything else: a fixed-height area painted by a function (a cover, tiles of key figures...).
 *  The function must stay inside the rectangle it is given. */
class CustomBlock : public ReportBlock
{
public:
    using Painter = std::function<void(QPainter *painter, const QRectF &rect, const ReportStyle &style)>;
    /// @p height: fixed, or a function of the column width (called once at layout).
    CustomBlock(qreal height, Painter painter, bool keepWithNext = false);
    CustomBlock(std::function<qreal(qreal width, const ReportStyle &style)> height, Painter painter,
                bool keepWithNext = false);
    void layout(const ReportLayoutContext &context, QList<ReportFragment> &out) const override;

private:
    std::function<qreal(qreal, const ReportStyle &)> m_height;
    Painter m_painter;
    bool m_keepWithNext;
};

} // namespace pf::ui::report
