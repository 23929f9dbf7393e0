// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportBlock.h"
#include "ReportStyle.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageLayout>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class QPagedPaintDevice;
class QPainter;

namespace pf::ui::report {

/// Paper sizes a report offers.
enum class PageSize { A4, Letter };

/** Cancel flag and progress callback of a rendering; both optional. Safe to use from a worker thread. */
struct RenderControl
{
    /// Called after each page is painted with (pages done, pages in total); total is known after layout.
    std::function<void(int done, int total)> progress;
    /// Checked before every page; when it turns true, rendering stops and reports cancelled.
    const std::atomic<bool> *cancel = nullptr;

    bool isCancelled() const { return cancel && cancel->load(); }
};

/** Where every fragment of a laid-out document sits, page by page (design pixels, 1/96 inch). */
struct ReportLayout
{
    struct Placed
    {
        const ReportFragment *fragment = nullptr;
        qreal y = 0.0; ///< top, relative to the content area
    };
    /// The page's printable area (inside the page margins) and the content area within it.
    QSizeF page;
    QRectF content;
    std::vector<ReportFragment> fragments;
    QList<QList<Placed>> pages;
    int pageCount() const { return int(pages.size()); }
};

/**
 * A report as a list of blocks, laid out onto pages in a first pass (so that every footer can say "Page X of Y")
 * and painted in a second onto any QPagedPaintDevice: QPdfWriter for files, QPrinter for printing.
 *
 * A document holds only plain values and painting code: building, laying out and painting it never touches a
 * widget, the application palette or a database, so it can run on a worker thread. Text is plain text; nothing
 * is interpreted as HTML.
 */
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(pf::ui::report::ReportDocument)

public:
    explicit ReportDocument(ReportStyle style = {}, QLocale locale = {});
    ~ReportDocument();
    ReportDocument(ReportDocument &&) noexcept;
    ReportDocument &operator=(ReportDocument &&) noexcept;

    const ReportStyle &style() const { return m_style; }
    const QLocale &locale() const { return m_locale; }

    /// Adds a block; returns it for further settings.
    template <typename Block>
    Block &add(Block block)
    {
        auto owned = std::make_unique<Block>(std::move(block));
        Block &ref = *owned;
        m_blocks.push_back(std::move(owned));
        return ref;
    }
    int blockCount() const { return int(m_blocks.size()); }

    /// Texts in the header (left: e.g. the report's title; right: e.g. the partner) and footer (left); the footer's
    /// right side says "Page X of Y". Long texts are elided to their half of the page.
    void setHeader(const QString &left, const QString &right);
    void setFooter(const QString &left);
    /// Document metadata (PDF title and subject).
    void setTitle(const QString &title) { m_title = title; }
    QString title() const { return m_title; }
    void setSubject(const QString &subject) { m_subject = subject; }
    QString subject() const { return m_subject; }

    /// The page layout a report uses on @p size: portrait, 18 mm margins around header, content and footer.
    static QPageLayout pageLayout(PageSize size);
    /// Letter where the locale's country uses it (US, Canada, Mexico and others in the Americas, the Philippines),
    /// otherwise A4.
    static PageSize defaultPageSize(const QLocale &locale = {});
    static QPageSize qPageSize(PageSize size);

    /// First pass: places every block's fragments on pages of @p layout's printable area.
    ReportLayout layout(const QPageLayout &layout) const;
    /// Second pass: paints @p layout onto @p device, whose page layout must match. Returns false when cancelled.
    bool paint(QPagedPaintDevice *device, const ReportLayout &layout, const RenderControl &control = {}) const;
    /// Both passes for the device's current page layout. Returns false when cancelled or the device failed.
    bool render(QPagedPaintDevice *device, const RenderControl &control = {}) const;

    /// "Page 3 of 12" in the document's locale.
    QString pageLabel(int page, int pageCount) const;

private:
    void paintDecoration(QPainter *painter, const ReportLayout &layout, int page) const;

    ReportStyle m_style;
    QLocale m_locale;
    std::vector<std::unique_ptr<ReportBlock>> m_blocks;
    QString m_headerLeft;
    QString m_headerRight;
    QString m_footerLeft;
    QString m_title;
    QString m_subject;
};

} // namespace pf::ui::report
