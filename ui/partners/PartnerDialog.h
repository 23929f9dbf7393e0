// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Partner.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace pf::ui {

/** Adds or edits a partner's identity: name, website, type, industry, regions, stage, owner, tags and notes. */
class PartnerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PartnerDialog(const core::Partner &partner, QWidget *parent = nullptr);

    /// The partner as edited (id, revision, profile and contacts carried over unchanged).
    core::Partner partner() const;
    void setName(const QString &name);

private:
    void validate();

    core::Partner m_partner;
    QLineEdit *m_name;
    QLineEdit *m_website;
    QComboBox *m_type;
    QLineEdit *m_industry;
    QLineEdit *m_regions;
    QComboBox *m_stage;
    QLineEdit *m_owner;
    QLineEdit *m_tags;
    QPlainTextEdit *m_notes;
    QDialogButtonBox *m_buttons;
};

} // namespace pf::ui
