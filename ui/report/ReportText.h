// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPointF>
#include <QString>

#include <memory>

class QPainter;
class QTextLayout;

namespace pf::ui::report {

/** A run of plain text in one font and colour. Text is never interpreted as markup: "<b>" prints as "<b>". */
struct TextSpan
{
    QString text;
    QFont font;
    QColor color;
};

/** Plain text wrapped to a width with QTextLayout (bidirectional, any script); paints all or some of its lines.
 *  Layout and painting share one QTextLayout, so what was measured is exactly what is drawn. */
class WrappedText
{
public:
    WrappedText() = default;
    /// Wraps @p spans (one paragraph) to @p width. @p alignment: Qt::AlignLeft, AlignRight or AlignHCenter;
    /// left and right are absolute, so a right-to-left name does not flip a left-aligned column.
    WrappedText(const QList<TextSpan> &spans, qreal width, Qt::Alignment alignment = Qt::AlignLeft, int maxLines = 0);
    WrappedText(const QString &text, const QFont &font, const QColor &color, qreal width,
                Qt::Alignment alignment = Qt::AlignLeft, int maxLines = 0);

    int lineCount() const;
    qreal lineHeight(int line) const;
    /// Height of lines [first, first + count).
    qreal height(int first = 0, int count = -1) const;
    /// Paints lines [first, first + count) with the top of line @p first at @p topLeft.
    void paint(QPainter *painter, const QPointF &topLeft, int first = 0, int count = -1) const;

private:
    struct Data;
    std::shared_ptr<const Data> m_data;
};

} // namespace pf::ui::report
