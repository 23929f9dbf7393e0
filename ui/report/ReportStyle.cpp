// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportStyle.h"

namespace pf::ui::report {

namespace {

QFont baseFont()
{
    QFont font;
    font.setFamilies(ReportStyle::fontFamilies());
    font.setStyleHint(QFont::SansSerif);
    // Unhinted outlines: the same advances on screen, in the layout and in the PDF.
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setKerning(true);
    return font;
}

} // namespace

ReportStyle::ReportStyle() : m_base(baseFont()), m_chartStyle(charts::ChartStyle::forPrint(baseFont()))
{
    m_chartStyle.setOpaque(true);
}

QStringList ReportStyle::fontFamilies()
{
    return {QStringLiteral("DejaVu Sans"), QStringLiteral("WenQuanYi Micro Hei"),
            QStringLiteral("Noto Sans"),   QStringLiteral("Noto Sans Arabic"),
            QStringLiteral("Arial"),       QStringLiteral("Microsoft YaHei"),
            QStringLiteral("Helvetica")};
}

int ReportStyle::pixelSize(Text role)
{
    switch (role) {
    case Text::Body:
        return 12;
    case Text::Small:
        return 11;
    case Text::Caption:
        return 10;
    case Text::Heading1:
        return 21;
    case Text::Heading2:
        return 16;
    case Text::Heading3:
        return 13;
    case Text::Title:
        return 30;
    case Text::Display:
        return 44;
    }
    return 12;
}

QFont ReportStyle::font(Text role, QFont::Weight weight) const
{
    return font(pixelSize(role), weight);
}

QFont ReportStyle::font(int pixelSize, QFont::Weight weight) const
{
    QFont result = m_base;
    result.setPixelSize(std::max(1, pixelSize));
    result.setWeight(weight);
    return result;
}

} // namespace pf::ui::report
