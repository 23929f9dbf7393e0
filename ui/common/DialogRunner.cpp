// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DialogRunner.h"

#include <QDialog>
#include <QFileDialog>

namespace pf::ui {
namespace {

DialogRunner::DialogResponder s_dialogResponder;
DialogRunner::QuestionResponder s_questionResponder;
DialogRunner::FileResponder s_fileResponder;

} // namespace

int DialogRunner::exec(QDialog &dialog)
{
    if (s_dialogResponder) {
        dialog.show();
        const int result = s_dialogResponder(dialog);
        dialog.done(result);
        return result;
    }
    return dialog.exec();
}

QMessageBox::StandardButton DialogRunner::question(QWidget *parent, const QString &title, const QString &text,
                                                   QMessageBox::StandardButtons buttons,
                                                   QMessageBox::StandardButton defaultButton)
{
    if (s_questionResponder) {
        return s_questionResponder(title, text);
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void DialogRunner::critical(QWidget *parent, const QString &title, const QString &text)
{
    if (s_questionResponder) {
        s_questionResponder(title, text);
        return;
    }
    QMessageBox::critical(parent, title, text);
}

QString DialogRunner::fileName(QWidget *parent, bool save, const QString &title, const QString &directory,
                               const QString &filter)
{
    if (s_fileResponder) {
        return s_fileResponder(title);
    }
    return save ? QFileDialog::getSaveFileName(parent, title, directory, filter)
                : QFileDialog::getOpenFileName(parent, title, directory, filter);
}

void DialogRunner::setFileResponder(FileResponder responder)
{
    s_fileResponder = std::move(responder);
}

void DialogRunner::setDialogResponder(DialogResponder responder)
{
    s_dialogResponder = std::move(responder);
}

void DialogRunner::setQuestionResponder(QuestionResponder responder)
{
    s_questionResponder = std::move(responder);
}

} // namespace pf::ui
