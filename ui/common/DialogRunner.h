// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

#include <functional>

class QDialog;

namespace pf::ui {

/**
 * Runs modal dialogs and message boxes. Tests install a responder that answers them
 * instead of a person, so GUI tests drive the real code paths without blocking.
 */
class DialogRunner
{
public:
    using DialogResponder = std::function<int(QDialog &dialog)>;
    using QuestionResponder = std::function<QMessageBox::StandardButton(const QString &title, const QString &text)>;

    /// QDialog::exec(), or the test responder's answer.
    static int exec(QDialog &dialog);
    /// A question with the given buttons; returns the button chosen.
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    /// An error that needs acknowledging.
    static void critical(QWidget *parent, const QString &title, const QString &text);

    static void setDialogResponder(DialogResponder responder);
    static void setQuestionResponder(QuestionResponder responder);
};

} // namespace pf::ui
