// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartTable.h"

#include <QCoreApplication>
#include <QRectF>
#include <QSizeF>
#include <QVariant>

#include <memory>
#include <optional>

class QAbstractItemModel;
class QObject;
class QPaintDevice;
class QPainter;
class QWidget;

namespace pf::ui::charts {

class ChartStyle;

/** One chart, drawn the same way for a widget, a PDF (as vectors) and a picture, with its data as a table.
 *  Layout works in design pixels (1/96 inch), so text has the same physical size on screen and paper. */
class Chart
{
    Q_DECLARE_TR_FUNCTIONS(pf::ui::charts::Chart)

public:
    virtual ~Chart();

    virtual QString title() const = 0;
    /// True when there is nothing assessed to draw: paint() then says "Not assessed" and why.
    virtual bool isEmpty() const = 0;
    /// What is missing, shown under "Not assessed".
    virtual QString emptyReason() const;
    /// The chart's data for screen readers, a QTableView and the report's appendix.
    virtual ChartTable table() const = 0;
    virtual std::unique_ptr<Chart> clone() const = 0;
    /// A comfortable size in design pixels; the charts lay themselves out in any size.
    virtual QSizeF preferredSize() const;

    bool isTitleVisible() const { return m_titleVisible; }
    /// Hide the title where the page or report heading already names the chart.
    void setTitleVisible(bool visible) { m_titleVisible = visible; }

    /// The tooltip for position @p pos of a chart painted in @p rect (both in design pixels); empty for none.
    virtual QString toolTipAt(const QRectF &rect, const QPointF &pos) const;

    /// Paints into @p rect (device coordinates) of any painter: widget, QPicture, QPdfWriter, QImage.
    void paint(QPainter *painter, const QRectF &rect, const ChartStyle &style) const;
    /// Paints in the application's palette and font, as on screen.
    void paint(QPainter *painter, const QRectF &rect) const;
    /// A widget showing this chart in the widget's palette (it keeps its own copy of the chart).
    QWidget *createWidget(QWidget *parent = nullptr) const;
    /// table() as an item model.
    QAbstractItemModel *createDataModel(QObject *parent = nullptr) const;

    /// Device pixels per design pixel on @p device (1 on a 96 dpi screen, 3.125 on a 300 dpi PDF).
    static qreal designScale(const QPaintDevice *device);
    /// Where the chart body goes inside @p rect (design pixels), below the title when it is shown.
    QRectF contentRect(const QRectF &rect) const;

protected:
    Chart() = default;
    Chart(const Chart &) = default;
    Chart &operator=(const Chart &) = default;

    /// Paints the body into @p rect (design pixels); only called when !isEmpty().
    virtual void paintContent(QPainter *painter, const QRectF &rect, const ChartStyle &style) const = 0;

    /// A table cell: the value, or a null QVariant for not assessed.
    static QVariant cell(std::optional<double> value);

private:
    bool m_titleVisible = true;
};

} // namespace pf::ui::charts
