// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QList>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QStringList>
#include <QTransform>

#include <memory>

/** A paint device that records what is painted on it: the texts with their size on the device, the
 *  number of vector shapes and of raster images. Lets tests assert on what a chart draws. */
class RecordingPaintDevice : public QPaintDevice
{
public:
    struct Text
    {
        QString text;
        qreal pixelHeight = 0; ///< font size in device pixels after the painter's transform
    };

    RecordingPaintDevice(QSize size, int dpi);
    ~RecordingPaintDevice() override;

    QPaintEngine *paintEngine() const override;

    const QList<Text> &texts() const;
    QStringList textStrings() const;
    /// All the text joined by spaces: easy to search.
    QString allText() const;
    int shapes() const;
    int images() const;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    class Engine;
    QSize m_size;
    int m_dpi;
    std::unique_ptr<Engine> m_engine;
};
