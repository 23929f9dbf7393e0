// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportBlocks.h"

#include "ReportStyle.h"
#include "ui/charts/BandBadge.h"
#include "ui/charts/Chart.h"
#include "ui/charts/ChartFormat.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace pf::ui::report {

ReportBlock::~ReportBlock() = default;

namespace {

using Text = ReportStyle::Text;

/// Paints @p rect's area through device coordinates, so a chart's own scaling starts from the device.
void paintInDeviceSpace(QPainter *painter, const QRectF &rect, const std::function<void(const QRectF &)> &paint)
{
    const QRectF device = painter->worldTransform().mapRect(rect);
    painter->save();
    painter->resetTransform();
    paint(device);
    painter->restore();
}

/// Lines of @p text as fragments: the first keeps with the second and the last but one with the last, so that no
/// page starts or ends with a single line of a longer paragraph.
void addLines(const WrappedText &text, qreal left, qreal spaceBefore, bool keepLastWithNext,
              const std::function<void(QPainter *, const QRectF &)> &decorateFirst, QList<ReportFragment> &out)
{
    const int count = text.lineCount();
    for (int i = 0; i < count; ++i) {
        ReportFragment f;
        f.height = text.lineHeight(i);
        f.spaceBefore = i == 0 ? spaceBefore : 0.0;
        f.keepWithNext = (i == 0 && count > 1) || (i == count - 2 && count > 1) || (i == count - 1 && keepLastWithNext);
        const bool first = i == 0;
        f.paint = [text, i, left, first, decorateFirst](QPainter *painter, const QRectF &rect) {
            if (first && decorateFirst) {
                decorateFirst(painter, rect);
            }
            text.paint(painter, QPointF(rect.left() + left, rect.top()), i, 1);
        };
        out << f;
    }
}

} // namespace

// --- HeadingBlock

HeadingBlock::HeadingBlock(QString text, int level, bool newPage)
    : m_text(std::move(text)), m_level(std::clamp(level, 1, 3)), m_newPage(newPage)
{}

void HeadingBlock::layout(const ReportLayoutContext &context, QList<ReportFragment> &out) const
{
    const ReportStyle &style = context.style;
    const Text role = m_level == 1 ? Text::Heading1 : (m_level == 2 ? Text::Heading2 : Text::Heading3);
    const QFont font = style.font(role, m_level == 3 ? QFont::DemiBold : QFont::Bold);
    const QColor color = m_level == 1 ? style.accent() : style.text();
    const qreal rule = m_level == 1 ? 8.0 : 0.0;
    const WrappedText text(m_text, font, color, context.content.width(), Qt::AlignLeft, 3);
    ReportFragment f;
    f.height = text.height() + rule + (m_level == 3 ? 2.0 : 4.0);
    f.spaceBefore = m_level == 1 ? ReportStyle::SectionGap : (m_level == 2 ? 16.0 : 10.0);
    f.keepWithNext = true;
    f.pageBreakBefore = m_newPage;
    const QColor ruleColor = style.accent();
    const int level = m_level;
    f.paint = [text, ruleColor, level](QPainter *painter, const QRectF &rect) {
        text.paint(painter, rect.topLeft());
        if (level == 1) {
            const qreal y = rect.top() + text.height() + 3.0;
            painter->fillRect(QRectF(rect.left(), y, rect.width(), 1.5), ruleColor);
        }
    };
    out << f;
}

// --- ParagraphBlock

ParagraphBlock::ParagraphBlock(QString text, Role role) : m_text(std::move(text)), m_role(role)
{}

ParagraphBlock::ParagraphBlock(QList<TextSpan> spans) : m_spans(std::move(spans))
{}

ParagraphBlock &ParagraphBlock::setBullet(const QString &bullet, qreal indent)
{
    m_bullet = bullet;
    m_indent = indent;
    return *this;
}

ParagraphBlock &ParagraphBlock::setSpaceBefore(qreal space)
{
    m_spaceBefore = space;
    return *this;
}

ParagraphBlock &ParagraphBlock::setKeepWithNext(bool keep)
{
    m_keepWithNext = keep;
    return *this;
}

void ParagraphBlock::layout(const ReportLayoutContext &context, QList<ReportFragment> &out) const
{
    const ReportStyle &style = context.style;
    QList<TextSpan> spans = m_spans;
    if (spans.isEmpty()) {
        const Text role = m_role == Role::Small || m_role == Role::Muted
                              ? Text::Small
                              : (m_role == Role::Lead ? Text::Heading3 : Text::Body);
        spans << TextSpan{m_text, style.font(role), m_role == Role::Muted ? style.mutedText() : style.text()};
    }
    for (TextSpan &span : spans) {
        if (!span.color.isValid()) {
            span.color = style.text();
        }
        if (span.font.pixelSize() <= 0) {
            const QFont::Weight weight = QFont::Weight(span.font.weight());
            span.font = style.font(Text::Body, weight);
        }
    }
    const WrappedText text(spans, context.content.width() - m_indent);
    std::function<void(QPainter *, const QRectF &)> bullet;
    if (!m_bullet.isEmpty()) {
        const WrappedText mark(m_bullet, spans.constFirst().font, style.mutedText(), m_indent);
        bullet = [mark](QPainter *painter, const QRectF &rect) {
            mark.paint(painter, rect.topLeft(), 0, 1);
        };
    }
    addLines(text, m_indent, m_spaceBefore.value_or(ReportStyle::ParagraphGap), m_keepWithNext, bullet, out);
}

// --- TableBlock

TableCell TableCell::strong(const QString &text)
{
    TableCell cell(text);
    cell.bold = true;
    return cell;
}

TableCell TableCell::colored(const QString &text, const QColor &color, bool bold)
{
    TableCell cell(text);
    cell.color = color;
    cell.bold = bold;
    return cell;
}

TableCell TableCell::bandBadge(charts::Band band, const QString &text)
{
    TableCell cell(text.isEmpty() ? charts::ChartFormat::bandName(band) : text);
    cell.badge = band;
    return cell;
}

TableBlock::TableBlock(QList<Column> columns) : m_columns(std::move(columns))
{}

TableBlock TableBlock::keyValue(const QList<QPair<QString, QString>> &pairs, int pairsPerRow)
{
    const int perRow = std::max(1, pairsPerRow);
    QList<Column> columns;
    for (int i = 0; i < perRow; ++i) {
        columns << Column{{}, 1.0, Qt::AlignLeft} << Column{{}, perRow == 1 ? 3.0 : 1.6, Qt::AlignLeft};
    }
    TableBlock table(columns);
    table.setHeaderVisible(false).setKeyValueStyle(true);
    QList<TableCell> row;
    for (const auto &pair : pairs) {
        row << TableCell(pair.first) << TableCell(pair.second);
        if (row.size() == 2 * perRow) {
            table.addRow(row);
            row.clear();
        }
    }
    if (!row.isEmpty()) {
        table.addRow(row);
    }
    return table;
}

TableBlock &TableBlock::addRow(QList<TableCell> cells)
{
    m_rows << std::move(cells);
    return *this;
}

TableBlock &TableBlock::setHeaderVisible(bool visible)
{
    m_headerVisible = visible;
    return *this;
}

TableBlock &TableBlock::setKeyValueStyle(bool keyValue)
{
    m_keyValue = keyValue;
    return *this;
}

TableBlock &TableBlock::setMaxLinesPerCell(int lines)
{
    m_maxLines = lines;
    return *this;
}

TableBlock &TableBlock::setSpaceBefore(qreal space)
{
    m_spaceBefore = space;
    return *this;
}

void TableBlock::layout(const ReportLayoutContext &context, QList<ReportFragment> &out) const
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
        const qreal w = width * std::max<qreal>(0.01, c.stretch) / stretch;
        xs << x;
        widths << w;
        x += w;
    }
    const qreal pad = ReportStyle::CellPadding;
    const qreal maxRow = context.content.height() * 0.9;
    const QFont body = style.font(m_keyValue ? Text::Body : Text::Small);
    const QFont bold = style.font(m_keyValue ? Text::Body : Text::Small, QFont::DemiBold);

    struct Cell
    {
        WrappedText text;
        std::optional<charts::Band> badge;
        QString badgeText;
        Qt::Alignment alignment;
        qreal x;
        qreal width;
    };
    const auto makeRow = [&](const QList<TableCell> &cells, bool header, qreal *height) {
        QList<Cell> row;
        qreal h = 0;
        for (int c = 0; c < m_columns.size(); ++c) {
            const TableCell cell = c < cells.size() ? cells.at(c) : TableCell();
            const bool label = m_keyValue && c % 2 == 0;
            QColor color = cell.color.isValid() ? cell.color : (label || header ? style.mutedText() : style.text());
            const QFont font = header || cell.bold ? bold : body;
            const qreal inner = widths.at(c) - 2 * pad;
            Cell made{WrappedText(cell.badge ? QString() : cell.text, font, color, inner, m_columns.at(c).alignment,
                                  header ? 2 : m_maxLines),
                      cell.badge,
                      cell.text,
                      m_columns.at(c).alignment,
                      xs.at(c),
                      widths.at(c)};
            qreal cellHeight = made.text.height();
            if (cell.badge) {
                cellHeight =
                    charts::BandBadge::sizeFor(*cell.badge, style.font(Text::Small, QFont::DemiBold), cell.text)
                        .height();
            }
            h = std::max(h, cellHeight);
            row << made;
        }
        *height = std::min(maxRow, h + 2 * pad);
        return row;
    };
    const charts::ChartStyle chartStyle = style.chartStyle();
    const QFont badgeFont = style.font(Text::Small, QFont::DemiBold);
    const QColor ruleColor = style.rule();
    const QColor headerFill = style.headerFill();
    const bool keyValue = m_keyValue;
    const auto painterFor = [=](const QList<Cell> &row, bool header) {
        return [=](QPainter *painter, const QRectF &rect) {
            painter->save();
            if (header) {
                painter->fillRect(rect, headerFill);
            }
            painter->setClipRect(rect, Qt::IntersectClip);
            for (const Cell &cell : row) {
                const QRectF area(rect.left() + cell.x + pad, rect.top() + pad, cell.width - 2 * pad,
                                  rect.height() - 2 * pad);
                if (cell.badge) {
                    QSizeF size = charts::BandBadge::sizeFor(*cell.badge, badgeFont, cell.badgeText);
                    size.setWidth(std::min(size.width(), area.width()));
                    const qreal bx = cell.alignment & Qt::AlignRight ? area.right() - size.width() : area.left();
                    charts::BandBadge::paint(painter, QRectF(QPointF(bx, area.top()), size), *cell.badge, chartStyle,
                                             badgeFont, cell.badgeText);
                } else {
                    cell.text.paint(painter, area.topLeft());
                }
            }
            painter->restore();
            if (!keyValue) {
                painter->fillRect(QRectF(rect.left(), rect.bottom() - 0.75, rect.width(), 0.75), ruleColor);
            }
        };
    };

    std::shared_ptr<ReportFragment> header;
    const qreal space = m_spaceBefore >= 0 ? m_spaceBefore : ReportStyle::BlockGap * (m_keyValue ? 0.5 : 1.0);
    if (m_headerVisible) {
        QList<TableCell> titles;
        for (const Column &c : m_columns) {
            titles << TableCell(c.title);
        }
        qreal h = 0;
        const QList<Cell> row = makeRow(titles, true, &h);
        header = std::make_shared<ReportFragment>();
        header->height = h;
        header->keepWithNext = true;
        header->paint = painterFor(row, true);
        ReportFragment first = *header;
        first.spaceBefore = space;
        out << first;
    }
    for (int r = 0; r < m_rows.size(); ++r) {
        qreal h = 0;
        const QList<Cell> row = makeRow(m_rows.at(r), false, &h);
        ReportFragment f;
        f.height = h;
        f.spaceBefore = r == 0 && !header ? space : 0.0;
        // Never strand a table's last row alone on a new page; keep short label/value grids in one piece.
        f.keepWithNext = r == m_rows.size() - 2 || (m_keyValue && m_rows.size() <= 12 && r + 1 < m_rows.size());
        f.repeatOnNewPage = header;
        f.paint = painterFor(row, false);
        out << f;
    }
}

// --- ChartBlock

ChartBlock::ChartBlock(std::shared_ptr<const charts::Chart> chart, qreal height, qreal width)
    : m_chart(std::move(chart)), m_height(height), m_width(width)
{}

void ChartBlock::layout(const ReportLayoutContext &context, QList<ReportFragment> &out) const
{
    ReportFragment f;
    f.height = std::min(m_height, context.content.height());
    f.spaceBefore = ReportStyle::BlockGap;
    const qreal width = m_width > 0 ? std::min(m_width, context.content.width()) : context.content.width();
    const std::shared_ptr<const charts::Chart> chart = m_chart;
    const charts::ChartStyle style = context.style.chartStyle();
    f.paint = [chart, style, width](QPainter *painter, const QRectF &rect) {
        const QRectF area(rect.left() + (rect.width() - width) / 2, rect.top(), width, rect.height());
        paintInDeviceSpace(painter, area, [&](const QRectF &device) { chart->paint(painter, device, style); });
    };
    out << f;
}

// --- BadgeBlock

BadgeBlock::BadgeBlock(charts::Band band, QString text, QString caption, int pixelSize)
    : m_band(band), m_text(std::move(text)), m_caption(std::move(caption)), m_pixelSize(pixelSize)
{}

void BadgeBlock::layout(const ReportLayoutContext &context, QList<ReportFragment> &out) const
{
    const ReportStyle &style = context.style;
    const QFont font = style.font(m_pixelSize, QFont::Bold);
    QSizeF size = charts::BandBadge::sizeFor(m_band, font, m_text);
    size.setWidth(std::min(size.width(), context.content.width()));
    const qreal captionWidth = std::max<qreal>(1.0, context.content.width() - size.width() - 12.0);
    const WrappedText caption(m_caption, style.font(m_pixelSize), style.text(), captionWidth, Qt::AlignLeft, 1);
    ReportFragment f;
    f.height = std::max(size.height(), caption.height());
    f.spaceBefore = ReportStyle::BlockGap;
    const charts::ChartStyle chartStyle = style.chartStyle();
    const charts::Band band = m_band;
    const QString text = m_text;
    f.paint = [=](QPainter *painter, const QRectF &rect) {
        charts::BandBadge::paint(painter, QRectF(rect.topLeft(), size), band, chartStyle, font, text);
        caption.paint(painter,
                      QPointF(rect.left() + size.width() + 12.0, rect.top() + (size.height() - caption.height()) / 2));
    };
    out << f;
}

// --- SpacerBlock, PageBreakBlock

SpacerBlock::SpacerBlock(qreal height) : m_height(height)
{}

void SpacerBlock::layout(const ReportLayoutContext &, QList<ReportFragment> &out) const
{
    ReportFragment f;
    f.spaceBefore = m_height;
    out << f;
}

void PageBreakBlock::layout(const ReportLayoutContext &, QList<ReportFragment> &out) const
{
    ReportFragment f;
    f.pageBreakBefore = true;
    out << f;
}

// --- CustomBlock

CustomBlock::CustomBlock(qreal height, Painter painter, bool keepWithNext)
    : m_height([height](qreal, const ReportStyle &) { return height; })
    , m_painter(std::move(painter))
    , m_keepWithNext(keepWithNext)
{}

CustomBlock::CustomBlock(std::function<qreal(qreal, const ReportStyle &)> height, Painter painter, bool keepWithNext)
    : m_height(std::move(height)), m_painter(std::move(painter)), m_keepWithNext(keepWithNext)
{}

void CustomBlock::layout(const ReportLayoutContext &context, QList<ReportFragment> &out) const
{
    ReportFragment f;
    f.height = std::min(m_height(context.content.width(), context.style), context.content.height());
    f.spaceBefore = ReportStyle::BlockGap;
    f.keepWithNext = m_keepWithNext;
    const Painter paint = m_painter;
    const ReportStyle style = context.style;
    f.paint = [paint, style](QPainter *painter, const QRectF &rect) {
        painter->save();
        painter->setClipRect(rect, Qt::IntersectClip);
        paint(painter, rect, style);
        painter->restore();
    };
    out << f;
}

} // namespace pf::ui::report
