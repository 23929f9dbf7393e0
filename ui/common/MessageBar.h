// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

namespace pf::ui {

/** An inline message at the top of a page: what went wrong, and the way out as a button. */
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    explicit MessageBar(QWidget *parent = nullptr);

    /// Shows @p text; @p actionText and @p action add the way out (optional).
    void showError(const QString &text, const QString &actionText = {}, std::function<void()> action = {});
    /// Good news, optionally with a follow-up ("Open").
    void showInfo(const QString &text, const QString &actionText = {}, std::function<void()> action = {});
    /// A change that could not be stored, with a Retry button; hidden again by the next successful save.
    void showSaveError(const QString &text, std::function<void()> retry);
    bool isSaveError() const { return !isHidden() && m_saveError; }
    QString text() const;

private:
    QLabel *m_text;
    QPushButton *m_action;
    QPushButton *m_close;
    std::function<void()> m_callback;
    bool m_saveError = false;
};

} // namespace pf::ui
