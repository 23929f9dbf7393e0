// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Chart.h"

#include "ChartFormat.h"
#include "ChartPaint.h"
#include "ChartStyle.h"
#include "ChartTableModel.h"
#include "ChartWidget.h"

#include <QGuiApplication>
#include <QPaintDevice>
#include <QPainter>

#include <cmath>

namespace pf::ui::charts {

namespace {

constexpr qreal TitleFont = 15.0;
constexpr qreal TitleGap = 8.0;

} // namespace

Chart::~Chart() = default;

QString Chart::emptyReason() const
{
    return tr("There is nothing to show until the assessment has the data for this chart.");
}

QSizeF Chart::preferredSize() const
{
    return {600, 380};
}

QString Chart::toolTipAt(const QRectF &, const QPointF &) const
{
    return {};
}

qreal Chart::designScale(const QPaintDevice *device)
{
    return device && device->logicalDpiX() > 0 ? device->logicalDpiX() / 96.0 : 1.0;
}

QRectF Chart::contentRect(const QRectF &rect) const
{
    if (!m_titleVisible) {
        return rect;
    }
    // Fixed, not measured: the layout must not depend on which font family a style brings.
    return rect.adjusted(0, std::ceil(TitleFont * 1.25) + TitleGap, 0, 0);
}

void Chart::paint(QPainter *painter, const QRectF &rect, const ChartStyle &style) const
{
    const qreal scale = designScale(painter->device());
    painter->save();
    painter->translate(rect.topLeft());
    painter->scale(scale, scale);
    const QRectF area(0, 0, rect.width() / scale, rect.height() / scale);
    painter->setClipRect(area, Qt::IntersectClip);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);

    if (m_titleVisible) {
        ChartPaint::text(painter, QRectF(area.left(), area.top(), area.width(), area.height()),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
                         ChartPaint::elide(style.font(TitleFont, QFont::DemiBold), title(), area.width()),
                         style.font(TitleFont, QFont::DemiBold), style.text());
    }
    const QRectF body = contentRect(area);
    if (isEmpty()) {
        const QFont headline = style.font(16, QFont::DemiBold);
        const QFont detail = style.font(12);
        const qreal h = ChartPaint::lineHeight(headline);
        const QRectF centre(body.left() + 16, body.center().y() - h, body.width() - 32, h);
        ChartPaint::text(painter, centre, Qt::AlignHCenter | Qt::AlignBottom, ChartFormat::notAssessed(), headline,
                         style.mutedText());
        ChartPaint::text(painter,
                         QRectF(centre.left(), centre.bottom() + 6, centre.width(), body.bottom() - centre.bottom()),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, emptyReason(), detail, style.mutedText());
    } else {
        paintContent(painter, body, style);
    }
    painter->restore();
}

void Chart::paint(QPainter *painter, const QRectF &rect) const
{
    paint(painter, rect, ChartStyle::forPalette(QGuiApplication::palette(), QGuiApplication::font()));
}

QWidget *Chart::createWidget(QWidget *parent) const
{
    return new ChartWidget(clone(), parent);
}

QAbstractItemModel *Chart::createDataModel(QObject *parent) const
{
    return new ChartTableModel(table(), parent);
}

QVariant Chart::cell(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace pf::ui::charts
