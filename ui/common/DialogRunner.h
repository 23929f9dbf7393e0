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
    using FileResponder = std::function<QString(const QString &title)>;

    /// QDialog::exec(), or the test responder's answer.
    static int exec(QDialog &dialog);
    /// A question with the given buttons; returns the button chosen.
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    /// An error that needs acknowledging.
    static void critical(QWidget *parent, const QString &title, const QString &text);

    /// A native file dialog for a file to open, or to save when @p save; empty when cancelled.
    static QString fileName(QWidget *parent, bool save, const QString &title, const QString &directory,
                            const QString &filter);

    static void setDialogResponder(DialogResponder responder);
    static void setFileResponder(FileResponder responder);
    static void setQuestionResponder(QuestionResponder responder);
};

} // namespace pf::ui
