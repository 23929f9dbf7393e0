// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartData.h"

#include <QColor>
#include <QFont>
#include <QList>

class QPalette;

namespace pf::ui::charts {

/** Colours and fonts for every chart, chosen for a light or a dark palette. */
class ChartStyle
{
public:
    /// Picks the light or dark scheme from the palette's window colour; text from its roles.
    static ChartStyle forPalette(const QPalette &palette, const QFont &font = {});
    /// Black on white paper, for the PDF report.
    static ChartStyle forPrint(const QFont &font = {});

    /// Opaque styles paint only solid colours (no alpha): tints are blended with the background instead, so a chart
    /// looks the same in a PDF/A-1 file, which forbids transparency, as anywhere else.
    bool isOpaque() const { return m_opaque; }
    void setOpaque(bool opaque) { m_opaque = opaque; }
    /// @p color at @p alpha (0..1) over the background: translucent, or blended when the style is opaque.
    QColor translucent(const QColor &color, double alpha) const;

    /// WCAG 2 relative luminance of an sRGB colour, 0 (black) … 1 (white).
    static double relativeLuminance(const QColor &color);
    /// WCAG 2 contrast ratio, 1 … 21, symmetric in its arguments.
    static double contrastRatio(const QColor &a, const QColor &b);
    /// Near-black or near-white, whichever reads better on @p fill.
    static QColor readableTextOn(const QColor &fill);
    /// @p a blended towards @p b by @p amount (0 = a, 1 = b).
    static QColor mix(const QColor &a, const QColor &b, double amount);

    bool isDark() const { return m_dark; }
    QColor background() const { return m_background; }
    QColor text() const { return m_text; }
    QColor mutedText() const { return m_mutedText; }
    QColor grid() const { return m_grid; }
    QColor axis() const { return m_axis; }

    QColor side(Side side) const;
    QColor roadmap(RoadmapState state) const;
    QColor bandFill(Band band) const;
    QColor bandText(Band band) const;
    /// Distinct line colours for several series of one chart, cycling; never the sides' blue or orange.
    QColor series(int index) const;

    /// The chart font at @p pixelSize design pixels (1/96 inch).
    QFont font(qreal pixelSize, QFont::Weight weight = QFont::Normal) const;

private:
    ChartStyle(bool dark, const QColor &background, const QColor &text, const QFont &font);

    bool m_dark = false;
    bool m_opaque = false;
    QColor m_background;
    QColor m_text;
    QColor m_mutedText;
    QColor m_grid;
    QColor m_axis;
    QList<QColor> m_sides;
    QList<QColor> m_roadmap;
    QList<QColor> m_bands;
    QList<QColor> m_series;
    QFont m_font;
};

} // namespace pf::ui::charts
