// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace pf::ui {

/** Help ▸ About: version, revision, Qt version and the licence. */
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /// The text shown, also used by tests.
    static QString aboutText();
};

} // namespace pf::ui
