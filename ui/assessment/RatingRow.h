// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/CriterionResult.h"
#include "core/model/Rating.h"

#include <QFrame>

#include <optional>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace pf::ui {

/**
 * One rated criterion (or mutual-gain input): five level buttons with their anchor texts,
 * "n/a" and clear, every assessor's value, the discuss marker and an inline evidence note.
 * Keys 1–5 rate, 0 marks not applicable, Delete clears, Up/Down move between rows.
 */
class RatingRow : public QFrame
{
    Q_OBJECT

public:
    RatingRow(const QString &key, const QString &name, const QString &description, const QStringList &anchors,
              QWidget *parent = nullptr);

    QString key() const { return m_key; }

    /// Shows @p result (everyone's values, the aggregate, the discuss flag) and @p own, the current assessor's rating.
    void setState(const core::CriterionResult &result, const std::optional<core::Rating> &own);
    void setReadOnly(bool readOnly);

    /// The anchor text currently shown beside the buttons.
    QString shownAnchor() const;
    QString assessorSummary() const;
    bool isDiscussShown() const;
    /// The level button for 1..5, 0 for "n/a", -1 for clear (for tests and accessibility).
    QToolButton *button(int level) const;
    void openNote();

signals:
    void rated(const QString &key, core::RatingState state, int value);
    void noteEdited(const QString &key, const QString &note);
    void discussRequested(const QString &key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void showAnchor(int level);
    void updateFrame();

    QString m_key;
    QStringList m_anchors;
    QButtonGroup *m_levels;
    QToolButton *m_notApplicable;
    QToolButton *m_clear;
    QToolButton *m_noteButton;
    QToolButton *m_discuss;
    QLabel *m_anchor;
    QLabel *m_assessors;
    QLabel *m_consensus;
    QPlainTextEdit *m_note;
    int m_selectedLevel = -1;
    bool m_readOnly = false;
    bool m_updating = false;
};

} // namespace pf::ui
