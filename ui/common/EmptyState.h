// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QVBoxLayout;

namespace pf::ui {

/** A calm placeholder that says what a place is for and offers the actions that fill it. */
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setDescription(const QString &text);
    /// Adds a button that triggers @p action and follows its text and enabled state.
    void addAction(QAction *action);

    QString title() const;
    QString description() const;

private:
    QLabel *m_title;
    QLabel *m_description;
    QVBoxLayout *m_buttons;
};

} // namespace pf::ui
