// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/charts/ChartStyle.h"

#include <QColor>
#include <QFont>
#include <QStringList>

namespace pf::ui::report {

/** Fonts, colours and spacing of printed reports. Sizes are design pixels (1/96 inch), like the charts'.
 *  Solid colours only, so a PDF/A-1b file (no transparency) looks like the ordinary one. */
class ReportStyle
{
public:
    enum class Text { Body, Small, Caption, Heading1, Heading2, Heading3, Title, Display };

    ReportStyle();

    /// Font families tried in order: TrueType faces that Qt embeds as searchable subsets, covering Latin with
    /// diacritics, Arabic (DejaVu Sans) and CJK (WenQuanYi Micro Hei), before the system's own fallbacks.
    static QStringList fontFamilies();

    QFont font(Text role, QFont::Weight weight = QFont::Normal) const;
    QFont font(int pixelSize, QFont::Weight weight = QFont::Normal) const;
    static int pixelSize(Text role);

    /// The print chart style in the report font, opaque (see ChartStyle::isOpaque()).
    const charts::ChartStyle &chartStyle() const { return m_chartStyle; }

    QColor text() const { return m_chartStyle.text(); }
    QColor mutedText() const { return m_chartStyle.mutedText(); }
    QColor rule() const { return QColor(0xc8, 0xcc, 0xd2); }
    QColor headerFill() const { return QColor(0xea, 0xee, 0xf3); }
    QColor panelFill() const { return QColor(0xf4, 0xf6, 0xf8); }
    QColor accent() const { return QColor(0x1f, 0x63, 0xc6); }
    QColor warning() const { return QColor(0xb4, 0x23, 0x18); }

    /// Space above a block of each kind (dropped at the top of a page).
    static constexpr qreal ParagraphGap = 6.0;
    static constexpr qreal BlockGap = 12.0;
    static constexpr qreal SectionGap = 20.0;
    static constexpr qreal CellPadding = 3.0;

private:
    QFont m_base;
    charts::ChartStyle m_chartStyle;
};

} // namespace pf::ui::report
