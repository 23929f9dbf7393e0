// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerdictBadge.h"

#include "core/model/AssessmentResult.h"
#include "core/model/Framework.h"
#include "ui/common/ScoreFormat.h"

#include <QPainter>
#include <QPainterPath>

namespace pf::ui {

VerdictBadge::VerdictBadge(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    QFont f = font();
    f.setWeight(QFont::DemiBold);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    setFont(f);
}

void VerdictBadge::setBand(Band band, const QString &text)
{
    m_band = band;
    m_text = text;
    setAccessibleName(text);
    updateGeometry();
    update();
}

VerdictBadge::Band VerdictBadge::bandOf(const core::AssessmentResult &result, const core::Framework &framework)
{
    if (result.isKnockedOut()) {
        return Band::NotRecommended;
    }
    if (!result.overall) {
        return Band::NotAssessed;
    }
    for (int i = 0; i < framework.bands.size(); ++i) {
        if (framework.bands.at(i).label == result.band) {
            return Band(qMin(i, int(Band::WeakFit)));
        }
    }
    return Band::NotAssessed;
}

void VerdictBadge::showResult(const core::AssessmentResult &result, const core::Framework &framework)
{
    setBand(bandOf(result, framework), result.overall ? ScoreFormat::band(result.band) : tr("Not assessed yet"));
    QStringList reasons;
    for (const core::KnockoutResult &knockout : result.knockouts) {
        reasons << knockout.reason;
    }
    setToolTip(reasons.join(QLatin1Char('\n')));
}

QPair<QColor, QColor> VerdictBadge::colours(Band band, const QPalette &palette)
{
    // Deep fills with white text, light fills with dark text: both well above 4.5:1.
    const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;
    switch (band) {
    case Band::StrongFit:
        return dark ? qMakePair(QColor(0x86, 0xef, 0xac), QColor(0x05, 0x2e, 0x16))
                    : qMakePair(QColor(0x15, 0x80, 0x3d), QColor(Qt::white));
    case Band::Promising:
        return dark ? qMakePair(QColor(0x93, 0xc5, 0xfd), QColor(0x0b, 0x1f, 0x44))
                    : qMakePair(QColor(0x1d, 0x4e, 0xd8), QColor(Qt::white));
    case Band::Conditional:
        return qMakePair(QColor(0xfb, 0xbf, 0x24), QColor(0x42, 0x20, 0x06));
    case Band::WeakFit:
        return dark ? qMakePair(QColor(0xfd, 0xba, 0x74), QColor(0x43, 0x14, 0x07))
                    : qMakePair(QColor(0xc2, 0x41, 0x0c), QColor(Qt::white));
    case Band::NotRecommended:
        return dark ? qMakePair(QColor(0xfc, 0xa5, 0xa5), QColor(0x45, 0x0a, 0x0a))
                    : qMakePair(QColor(0xb9, 0x1c, 0x1c), QColor(Qt::white));
    case Band::NotAssessed:
        break;
    }
    return qMakePair(palette.color(QPalette::Mid), palette.color(QPalette::WindowText));
}

QSize VerdictBadge::sizeHint() const
{
    const QFontMetrics metrics(font());
    return {metrics.horizontalAdvance(m_text) + 28, metrics.height() + 12};
}

void VerdictBadge::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const auto [fill, text] = colours(m_band, palette());
    QPainterPath path;
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    path.addRoundedRect(r, r.height() / 2, r.height() / 2);
    painter.fillPath(path, fill);
    painter.setPen(text);
    painter.drawText(rect(), Qt::AlignCenter, m_text);
}

} // namespace pf::ui
