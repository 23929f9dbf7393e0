// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Consensus.h"
#include "core/model/CriterionResult.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;

namespace pf::ui {

/** Records the value the assessors agreed on for a criterion, and why; the individual ratings stay visible. */
class ConsensusDialog : public QDialog
{
    Q_OBJECT

public:
    ConsensusDialog(const QString &criterionName, const QStringList &anchors, const core::CriterionResult &result,
                    QWidget *parent = nullptr);

    void setValue(double value);
    void setRationale(const QString &rationale);
    /// The consensus to record, or nullopt when the user chose to withdraw it.
    std::optional<core::Consensus> consensus(const QString &criterion) const;
    bool isWithdrawn() const { return m_withdrawn; }

private:
    void validate();

    QDoubleSpinBox *m_value;
    QPlainTextEdit *m_rationale;
    QLabel *m_anchor;
    QDialogButtonBox *m_buttons;
    QStringList m_anchors;
    bool m_withdrawn = false;
};

} // namespace pf::ui
