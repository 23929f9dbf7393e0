// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>

#include <functional>
#include <memory>

class QPainter;

namespace pf::ui::report {

class ReportStyle;

/** A laid-out piece of a block that is never split across pages (a line of a paragraph, a table row, a chart).
 *  Coordinates are design pixels (1/96 inch); paint() gets the fragment's rectangle on its page. */
struct ReportFragment
{
    qreal height = 0.0;
    /// Space above the fragment; dropped when the fragment starts a page.
    qreal spaceBefore = 0.0;
    /// Keep on the same page as the next fragment (headings, a paragraph's first line, a table header).
    bool keepWithNext = false;
    /// Start a new page before this fragment (unless the page is still empty).
    bool pageBreakBefore = false;
    /// Painted first on a page this fragment continues onto, e.g. a table's header row.
    std::shared_ptr<const ReportFragment> repeatOnNewPage;
    std::function<void(QPainter *painter, const QRectF &rect)> paint;
};

/** What a block knows while it is laid out: the style and the size of a page's content area. */
struct ReportLayoutContext
{
    const ReportStyle &style;
    /// Width and height of the content area of every page (between header and footer).
    QSizeF content;
};

/** One block of a report (heading, paragraph, table, chart, ...): turns itself into unbreakable fragments. */
class ReportBlock
{
public:
    virtual ~ReportBlock();
    /// Appends this block's fragments for a column as wide as context.content to @p out.
    virtual void layout(const ReportLayoutContext &context, QList<ReportFragment> &out) const = 0;
};

} // namespace pf::ui::report
