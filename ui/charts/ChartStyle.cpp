// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartStyle.h"

#include <QPalette>

#include <algorithm>
#include <cmath>

namespace pf::ui::charts {

namespace {

constexpr double MinTextContrast = 4.5;

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

QList<QColor> colors(std::initializer_list<QRgb> values)
{
    QList<QColor> result;
    for (const QRgb rgb : values) {
        result << QColor::fromRgb(rgb);
    }
    return result;
}

/// Moves @p color towards @p target until it reaches @p ratio against @p background.
QColor ensureContrast(QColor color, const QColor &target, const QColor &background, double ratio)
{
    for (int i = 0; i < 20 && ChartStyle::contrastRatio(color, background) < ratio; ++i) {
        color = ChartStyle::mix(color, target, 0.2);
    }
    return ChartStyle::contrastRatio(color, background) < ratio ? target : color;
}

} // namespace

ChartStyle::ChartStyle(bool dark, const QColor &background, const QColor &text, const QFont &font)
    : m_dark(dark), m_background(background), m_font(font)
{
    // Text from the palette, unless the theme pairs colours that do not reach 4.5:1.
    const QColor extreme = dark ? QColor(Qt::white) : QColor(Qt::black);
    m_text = ensureContrast(text, extreme, background, MinTextContrast);
    m_mutedText = ensureContrast(mix(m_text, background, 0.35), m_text, background, MinTextContrast);
    m_grid = mix(m_text, background, 0.85);
    m_axis = mix(m_text, background, 0.55);
    // Order follows the enums. Dark schemes use lighter tints of the same hues. Series colours avoid the
    // sides' blue and orange, which mean ours and theirs in every chart.
    if (dark) {
        m_sides = colors({0x6ea8ff, 0xffa35c, 0x4fc1c1});
        m_roadmap = colors({0x5cc27a, 0xff6b6b, 0x8d939c, 0x6d7f99});
        m_bands = colors({0x5cc27a, 0x6ea8ff, 0xf2c14e, 0xf59a54, 0xff7a6b});
        m_series = colors({0x4fc1c1, 0xb99cff, 0xff85b3, 0xd9b45a, 0xb5c95a, 0x5cc27a});
    } else {
        m_sides = colors({0x1f63c6, 0xd4650f, 0x0f7a7a});
        m_roadmap = colors({0x247a3c, 0xc62828, 0x9aa0a8, 0xb7c3d6});
        m_bands = colors({0x1e7b3c, 0x1d5fb8, 0xe8a900, 0xc4520a, 0xb42318});
        m_series = colors({0x0f7a7a, 0x7b4fc9, 0xb8336a, 0x8a6d1f, 0x5f7a12, 0x247a3c});
    }
}

ChartStyle ChartStyle::forPalette(const QPalette &palette, const QFont &font)
{
    const QColor background = palette.color(QPalette::Active, QPalette::Window);
    const bool dark = relativeLuminance(background) < 0.18;
    return ChartStyle(dark, background, palette.color(QPalette::Active, QPalette::WindowText), font);
}

ChartStyle ChartStyle::forPrint(const QFont &font)
{
    return ChartStyle(false, QColor(Qt::white), QColor(0x1a, 0x1a, 0x1a), font);
}

double ChartStyle::relativeLuminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

double ChartStyle::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor ChartStyle::readableTextOn(const QColor &fill)
{
    const QColor darkText(0x14, 0x14, 0x14);
    const QColor lightText(Qt::white);
    return contrastRatio(darkText, fill) >= contrastRatio(lightText, fill) ? darkText : lightText;
}

QColor ChartStyle::mix(const QColor &a, const QColor &b, double amount)
{
    const QColor x = a.toRgb();
    const QColor y = b.toRgb();
    const auto blend = [amount](double p, double q) {
        return p + (q - p) * amount;
    };
    return QColor::fromRgbF(float(blend(x.redF(), y.redF())), float(blend(x.greenF(), y.greenF())),
                            float(blend(x.blueF(), y.blueF())));
}

QColor ChartStyle::translucent(const QColor &color, double alpha) const
{
    if (m_opaque) {
        return mix(m_background, color, alpha);
    }
    QColor result = color;
    result.setAlphaF(float(alpha));
    return result;
}

QColor ChartStyle::side(Side side) const
{
    return m_sides.at(int(side));
}

QColor ChartStyle::roadmap(RoadmapState state) const
{
    return m_roadmap.at(int(state));
}

QColor ChartStyle::bandFill(Band band) const
{
    return m_bands.at(int(band));
}

QColor ChartStyle::bandText(Band band) const
{
    return readableTextOn(bandFill(band));
}

QColor ChartStyle::series(int index) const
{
    return m_series.at(std::abs(index) % m_series.size());
}

QFont ChartStyle::font(qreal pixelSize, QFont::Weight weight) const
{
    QFont result = m_font;
    result.setPixelSize(std::max(1, qRound(pixelSize)));
    result.setWeight(weight);
    return result;
}

} // namespace pf::ui::charts
