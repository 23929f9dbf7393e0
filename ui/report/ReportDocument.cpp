// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportDocument.h"

#include "ReportText.h"

#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

namespace pf::ui::report {

namespace {

constexpr qreal HeaderBand = 30.0; ///< header text, its rule and the gap to the content
constexpr qreal FooterBand = 30.0;
constexpr qreal DesignDpi = 96.0;

} // namespace

ReportDocument::ReportDocument(ReportStyle style, QLocale locale) : m_style(std::move(style)), m_locale(locale)
{}

ReportDocument::~ReportDocument() = default;
ReportDocument::ReportDocument(ReportDocument &&) noexcept = default;
ReportDocument &ReportDocument::operator=(ReportDocument &&) noexcept = default;

void ReportDocument::setHeader(const QString &left, const QString &right)
{
    m_headerLeft = left;
    m_headerRight = right;
}

void ReportDocument::setFooter(const QString &left)
{
    m_footerLeft = left;
}

QPageSize ReportDocument::qPageSize(PageSize size)
{
    return QPageSize(size == PageSize::Letter ? QPageSize::Letter : QPageSize::A4);
}

QPageLayout ReportDocument::pageLayout(PageSize size)
{
    return QPageLayout(qPageSize(size), QPageLayout::Portrait, QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
}

PageSize ReportDocument::defaultPageSize(const QLocale &locale)
{
    // Countries that print on US Letter (CLDR's paper-size data).
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Belize:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::CostaRica:
    case QLocale::ElSalvador:
    case QLocale::Guatemala:
    case QLocale::Nicaragua:
    case QLocale::Panama:
    case QLocale::PuertoRico:
    case QLocale::Venezuela:
    case QLocale::Philippines:
        return PageSize::Letter;
    default:
        return PageSize::A4;
    }
}

QString ReportDocument::pageLabel(int page, int pageCount) const
{
    return tr("Page %1 of %2").arg(m_locale.toString(page), m_locale.toString(pageCount));
}

ReportLayout ReportDocument::layout(const QPageLayout &pageLayout) const
{
    ReportLayout result;
    result.page = pageLayout.paintRect(QPageLayout::Point).size() * (DesignDpi / 72.0);
    result.content = QRectF(0, HeaderBand, result.page.width(), result.page.height() - HeaderBand - FooterBand);
    const ReportLayoutContext context{m_style, result.content.size()};
    QList<ReportFragment> fragments;
    for (const auto &block : m_blocks) {
        block->layout(context, fragments);
    }
    result.fragments.assign(fragments.begin(), fragments.end());

    const qreal pageHeight = result.content.height();
    const auto &all = result.fragments;
    const auto n = all.size();
    QList<ReportLayout::Placed> current;
    qreal y = 0;
    const auto newPage = [&] {
        result.pages << current;
        current.clear();
        y = 0;
    };
    for (std::size_t i = 0; i < n; ++i) {
        const ReportFragment &f = all[i];
        if (f.pageBreakBefore && !current.isEmpty()) {
            newPage();
        }
        if (!f.paint) { // spacing only
            if (!current.isEmpty()) {
                y += f.spaceBefore + f.height;
            }
            continue;
        }
        qreal space = current.isEmpty() ? 0.0 : f.spaceBefore;
        // The run of fragments that must stay together with this one.
        qreal chain = f.height;
        for (std::size_t j = i; j + 1 < n && all[j].keepWithNext && !all[j + 1].pageBreakBefore; ++j) {
            chain += all[j + 1].spaceBefore + all[j + 1].height;
        }
        const qreal repeat = f.repeatOnNewPage ? f.repeatOnNewPage->height : 0.0;
        const bool chainFits = chain + repeat <= pageHeight;
        if (!current.isEmpty() &&
            ((chainFits && y + space + chain > pageHeight) || y + space + f.height > pageHeight + 0.01)) {
            newPage();
            space = 0;
        }
        if (current.isEmpty() && f.repeatOnNewPage && i > 0 && all[i - 1].repeatOnNewPage == f.repeatOnNewPage) {
            current << ReportLayout::Placed{f.repeatOnNewPage.get(), 0.0};
            y = f.repeatOnNewPage->height;
        }
        current << ReportLayout::Placed{&f, y + space};
        y += space + f.height;
    }
    if (!current.isEmpty() || result.pages.isEmpty()) {
        result.pages << current;
    }
    return result;
}

void ReportDocument::paintDecoration(QPainter *painter, const ReportLayout &layout, int page) const
{
    const qreal width = layout.page.width();
    const qreal half = width / 2 - 8;
    const QFont font = m_style.font(ReportStyle::Text::Caption);
    const QColor muted = m_style.mutedText();
    const WrappedText headerLeft(m_headerLeft, font, muted, half, Qt::AlignLeft, 1);
    const WrappedText headerRight(m_headerRight, font, muted, half, Qt::AlignRight, 1);
    headerLeft.paint(painter, QPointF(0, 0));
    headerRight.paint(painter, QPointF(width - half, 0));
    const qreal headerRule = std::max(headerLeft.height(), headerRight.height()) + 4;
    painter->fillRect(QRectF(0, headerRule, width, 0.75), m_style.rule());

    const WrappedText footerLeft(m_footerLeft, font, muted, half, Qt::AlignLeft, 1);
    const WrappedText footerRight(pageLabel(page + 1, layout.pageCount()), font, muted, half, Qt::AlignRight, 1);
    const qreal footerTop = layout.page.height() - std::max(footerLeft.height(), footerRight.height());
    painter->fillRect(QRectF(0, footerTop - 5, width, 0.75), m_style.rule());
    footerLeft.paint(painter, QPointF(0, footerTop));
    footerRight.paint(painter, QPointF(width - half, footerTop));
}

bool ReportDocument::paint(QPagedPaintDevice *device, const ReportLayout &layout, const RenderControl &control) const
{
    if (control.isCancelled()) {
        return false;
    }
    QPainter painter;
    if (!painter.begin(device)) {
        return false;
    }
    const qreal sx = device->logicalDpiX() / DesignDpi;
    const qreal sy = device->logicalDpiY() / DesignDpi;
    const int total = layout.pageCount();
    for (int page = 0; page < total; ++page) {
        if (control.isCancelled()) {
            painter.end();
            return false;
        }
        if (page > 0 && !device->newPage()) {
            painter.end();
            return false;
        }
        painter.resetTransform();
        painter.scale(sx, sy);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        paintDecoration(&painter, layout, page);
        for (const ReportLayout::Placed &placed : layout.pages.at(page)) {
            const QRectF rect(layout.content.left(), layout.content.top() + placed.y, layout.content.width(),
                              placed.fragment->height);
            painter.save();
            placed.fragment->paint(&painter, rect);
            painter.restore();
        }
        if (control.progress) {
            control.progress(page + 1, total);
        }
    }
    return painter.end();
}

bool ReportDocument::render(QPagedPaintDevice *device, const RenderControl &control) const
{
    return paint(device, layout(device->pageLayout()), control);
}

} // namespace pf::ui::report
