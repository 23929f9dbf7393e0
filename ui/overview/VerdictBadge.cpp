// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerdictBadge.h"

#include "core/model/AssessmentResult.h"
#include "core/model/Framework.h"
#include "ui/charts/BandBadge.h"
#include "ui/charts/ChartStyle.h"
#include "ui/charts/ResultChartData.h"
#include "ui/common/ScoreFormat.h"

#include <QPainter>

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
    const std::optional<charts::Band> band = charts::ResultChartData::band(result, framework);
    return band ? Band(int(*band)) : Band::NotAssessed;
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

QSize VerdictBadge::sizeHint() const
{
    const QFontMetrics metrics(font());
    return {metrics.horizontalAdvance(m_text) + 28, metrics.height() + 12};
}

void VerdictBadge::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_band == Band::NotAssessed) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.setBrush(Qt::NoBrush);
        const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        painter.drawRoundedRect(r, r.height() / 2, r.height() / 2);
        painter.drawText(rect(), Qt::AlignCenter, m_text);
        return;
    }
    charts::BandBadge::paint(&painter, QRectF(rect()), charts::Band(int(m_band)),
                             charts::ChartStyle::forPalette(palette(), font()), font(), m_text);
}

} // namespace pf::ui
