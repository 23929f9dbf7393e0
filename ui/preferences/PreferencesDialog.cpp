// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreferencesDialog.h"

#include "ui/common/Settings.h"
#include "ui/common/Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pf::ui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_backups(new QSpinBox(this)), m_restartHint(new QLabel(this))
{
    setWindowTitle(tr("Preferences"));
    Settings &settings = Settings::instance();

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System language"), QString());
    for (const Translations::Language &language : Translations::available()) {
        m_language->addItem(language.nativeName, language.code);
    }
    m_initialLanguage = settings.string(Settings::Key::Language);
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_initialLanguage)));

    m_backups->setObjectName(QStringLiteral("backupsSpin"));
    m_backups->setRange(1, 100);
    m_backups->setValue(settings.integer(Settings::Key::BackupsToKeep));
    m_backups->setToolTip(tr("PartnerFit backs up a workspace automatically at most once a day while it is in use "
                             "and before every upgrade; older backups beyond this number are removed."));

    m_restartHint->setObjectName(QStringLiteral("restartHint"));
    m_restartHint->setWordWrap(true);
    m_restartHint->setForegroundRole(QPalette::PlaceholderText);
    m_restartHint->setText(tr("The new language applies the next time PartnerFit starts."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_restartHint);
    form->addRow(tr("&Automatic backups to keep:"), m_backups);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateRestartHint);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    updateRestartHint();
}

void PreferencesDialog::apply()
{
    Settings &settings = Settings::instance();
    settings.setValue(Settings::Key::Language, m_language->currentData().toString());
    settings.setValue(Settings::Key::BackupsToKeep, m_backups->value());
    settings.sync();
}

void PreferencesDialog::updateRestartHint()
{
    m_restartHint->setVisible(m_language->currentData().toString() != m_initialLanguage);
}

} // namespace pf::ui
