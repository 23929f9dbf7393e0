// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace pf::core {
struct AssessmentResult;
struct Framework;
} // namespace pf::core

namespace pf::ui {

/** The verdict band as a coloured badge with its name: colour and text, never colour alone. */
class VerdictBadge : public QWidget
{
    Q_OBJECT

public:
    /// Best first; NotAssessed when nothing is scored yet.
    enum class Band { StrongFit, Promising, Conditional, WeakFit, NotRecommended, NotAssessed };

    explicit VerdictBadge(QWidget *parent = nullptr);

    void setBand(Band band, const QString &text);
    /// Shows the verdict of @p result: its band, or "Not recommended" with the knock-out reason on hover.
    void showResult(const core::AssessmentResult &result, const core::Framework &framework);
    /// The band of @p result, by the position of its label among @p framework's bands.
    static Band bandOf(const core::AssessmentResult &result, const core::Framework &framework);
    Band band() const { return m_band; }
    QString text() const { return m_text; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Band m_band = Band::NotAssessed;
    QString m_text;
};

} // namespace pf::ui
