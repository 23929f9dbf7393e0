// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <optional>

class QButtonGroup;
class QToolButton;

namespace pf::ui {

/** A segmented choice of 1…N with a clear button; "no value" is a state of its own, never 0. */
class ScaleButtons : public QWidget
{
    Q_OBJECT

public:
    explicit ScaleButtons(int maximum, QWidget *parent = nullptr);

    void setValue(std::optional<int> value);
    std::optional<int> value() const { return m_value; }
    QToolButton *button(int level) const;
    void setReadOnly(bool readOnly);

signals:
    /// The user picked a level, or cleared it (nullopt).
    void valueChosen(std::optional<int> value);

private:
    QButtonGroup *m_group;
    QToolButton *m_clear;
    std::optional<int> m_value;
};

} // namespace pf::ui
