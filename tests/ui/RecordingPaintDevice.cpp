// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordingPaintDevice.h"

#include <QFontInfo>
#include <QPainterPath>
#include <QTextItem>

#include <climits>
#include <cmath>

class RecordingPaintDevice::Engine : public QPaintEngine
{
public:
    Engine() : QPaintEngine(QPaintEngine::AllFeatures) {}

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::User; }

    void updateState(const QPaintEngineState &state) override
    {
        if (state.state() & QPaintEngine::DirtyTransform) {
            m_transform = state.transform();
        }
    }

    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { ++m_images; }
    void drawImage(const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override { ++m_images; }
    void drawTiledPixmap(const QRectF &, const QPixmap &, const QPointF &) override { ++m_images; }

    void drawTextItem(const QPointF &, const QTextItem &item) override
    {
        const QFont font = item.font();
        const qreal size = font.pixelSize() > 0 ? font.pixelSize() : QFontInfo(font).pixelSize();
        // Vertical scale of the transform: text may be rotated, so use the length of the y basis vector.
        const qreal scale = std::hypot(m_transform.m21(), m_transform.m22());
        m_texts << Text{item.text(), size * scale};
    }

    void drawRects(const QRectF *, int count) override { m_shapes += count; }
    void drawRects(const QRect *, int count) override { m_shapes += count; }
    void drawLines(const QLineF *, int count) override { m_shapes += count; }
    void drawLines(const QLine *, int count) override { m_shapes += count; }
    void drawEllipse(const QRectF &) override { ++m_shapes; }
    void drawEllipse(const QRect &) override { ++m_shapes; }
    void drawPath(const QPainterPath &) override { ++m_shapes; }
    void drawPoints(const QPointF *, int count) override { m_shapes += count; }
    void drawPoints(const QPoint *, int count) override { m_shapes += count; }
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override { ++m_shapes; }
    void drawPolygon(const QPoint *, int, PolygonDrawMode) override { ++m_shapes; }

    QTransform m_transform;
    QList<Text> m_texts;
    int m_shapes = 0;
    int m_images = 0;
};

RecordingPaintDevice::RecordingPaintDevice(QSize size, int dpi)
    : m_size(size), m_dpi(dpi), m_engine(std::make_unique<Engine>())
{}

RecordingPaintDevice::~RecordingPaintDevice() = default;

QPaintEngine *RecordingPaintDevice::paintEngine() const
{
    return m_engine.get();
}

const QList<RecordingPaintDevice::Text> &RecordingPaintDevice::texts() const
{
    return m_engine->m_texts;
}

QStringList RecordingPaintDevice::textStrings() const
{
    QStringList result;
    for (const Text &text : m_engine->m_texts) {
        result << text.text;
    }
    return result;
}

QString RecordingPaintDevice::allText() const
{
    return textStrings().join(QLatin1Char(' '));
}

int RecordingPaintDevice::shapes() const
{
    return m_engine->m_shapes;
}

int RecordingPaintDevice::images() const
{
    return m_engine->m_images;
}

int RecordingPaintDevice::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth:
        return m_size.width();
    case PdmHeight:
        return m_size.height();
    case PdmWidthMM:
        return qRound(m_size.width() * 25.4 / m_dpi);
    case PdmHeightMM:
        return qRound(m_size.height() * 25.4 / m_dpi);
    case PdmNumColors:
        return INT_MAX;
    case PdmDepth:
        return 32;
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return m_dpi;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return int(devicePixelRatioFScale());
    default:
        return QPaintDevice::metric(metric);
    }
}
