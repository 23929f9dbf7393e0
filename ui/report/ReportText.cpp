// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportText.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace pf::ui::report {

struct WrappedText::Data
{
    QTextLayout layout;
    QList<qreal> heights;
};

namespace {

QString joined(const QList<TextSpan> &spans)
{
    QString text;
    for (const TextSpan &span : spans) {
        text += span.text;
    }
    // Line and paragraph separators become spaces: one block is one paragraph.
    text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return text;
}

void build(QTextLayout &layout, const QList<TextSpan> &spans, const QString &text, qreal width, Qt::Alignment alignment)
{
    layout.setText(text);
    layout.setFont(spans.isEmpty() ? QFont() : spans.constFirst().font);
    QList<QTextLayout::FormatRange> formats;
    int start = 0;
    for (const TextSpan &span : spans) {
        QTextLayout::FormatRange range;
        range.start = start;
        range.length = int(span.text.size());
        range.format.setFont(span.font);
        range.format.setForeground(span.color);
        formats << range;
        start += int(span.text.size());
    }
    layout.setFormats(formats);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    option.setAlignment(alignment == Qt::AlignHCenter ? Qt::AlignHCenter : (alignment | Qt::AlignAbsolute));
    option.setTextDirection(Qt::LayoutDirectionAuto);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    layout.beginLayout();
    qreal y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
}

} // namespace

WrappedText::WrappedText(const QString &text, const QFont &font, const QColor &color, qreal width,
                         Qt::Alignment alignment, int maxLines)
    : WrappedText(QList<TextSpan>{TextSpan{text, font, color}}, width, alignment, maxLines)
{}

WrappedText::WrappedText(const QList<TextSpan> &spans, qreal width, Qt::Alignment alignment, int maxLines)
{
    auto data = std::make_shared<Data>();
    const qreal w = std::max<qreal>(1.0, width);
    QString text = joined(spans);
    build(data->layout, spans, text, w, alignment);
    if (maxLines > 0 && data->layout.lineCount() > maxLines && !spans.isEmpty()) {
        // Keep the first lines, elide the rest into the last one allowed.
        const int cut = data->layout.lineAt(maxLines - 1).textStart();
        const QFont &font = spans.constLast().font;
        const QString last = QFontMetricsF(font).elidedText(text.mid(cut), Qt::ElideRight, w);
        text = text.left(cut) + last;
        QList<TextSpan> single{TextSpan{text, spans.constFirst().font, spans.constFirst().color}};
        if (spans.size() > 1) {
            // Keep the first span's styling where it still applies; the rest takes the last span's.
            const int firstLength = int(std::min(spans.constFirst().text.size(), text.size()));
            single = {TextSpan{text.left(firstLength), spans.constFirst().font, spans.constFirst().color},
                      TextSpan{text.mid(firstLength), spans.constLast().font, spans.constLast().color}};
        }
        data->layout.clearLayout();
        build(data->layout, single, text, w, alignment);
    }
    for (int i = 0; i < data->layout.lineCount(); ++i) {
        data->heights << data->layout.lineAt(i).height();
    }
    m_data = std::move(data);
}

int WrappedText::lineCount() const
{
    return m_data ? int(m_data->heights.size()) : 0;
}

qreal WrappedText::lineHeight(int line) const
{
    return m_data && line >= 0 && line < m_data->heights.size() ? m_data->heights.at(line) : 0.0;
}

qreal WrappedText::height(int first, int count) const
{
    const int end = count < 0 ? lineCount() : std::min(lineCount(), first + count);
    qreal total = 0;
    for (int i = std::max(0, first); i < end; ++i) {
        total += m_data->heights.at(i);
    }
    return total;
}

void WrappedText::paint(QPainter *painter, const QPointF &topLeft, int first, int count) const
{
    const int end = count < 0 ? lineCount() : std::min(lineCount(), first + count);
    if (first >= end) {
        return;
    }
    const qreal top = m_data->layout.lineAt(first).y();
    for (int i = first; i < end; ++i) {
        m_data->layout.lineAt(i).draw(painter, topLeft - QPointF(0, top));
    }
}

} // namespace pf::ui::report
