// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace pf::ui {

/** Edit ▸ Preferences: the interface language and how many automatic backups to keep. */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    /// Writes the choices to Settings.
    void apply();

private:
    void updateRestartHint();

    QComboBox *m_language;
    QSpinBox *m_backups;
    QLabel *m_restartHint;
    QString m_initialLanguage;
};

} // namespace pf::ui
