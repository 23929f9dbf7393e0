// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"

#include "core/BuildInfo.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace pf::ui {

using core::BuildInfo;

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About PartnerFit"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/org.partnerfit.PartnerFit.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);

    auto *text = new QLabel(aboutText(), this);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setMinimumWidth(380);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addSpacing(12);
    row->addWidget(text, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

QString AboutDialog::aboutText()
{
    const QString revision = BuildInfo::gitRevision();
    return tr("<h2>PartnerFit %1</h2>"
              "<p>Decide which partners to commit to, and whether a partnership is still healthy.</p>"
              "<p>%2Built with Qt %3, running on Qt %4.</p>"
              "<p>Copyright © 2026 The PartnerFit authors.<br>"
              "Licensed under the GNU General Public License, version 3 or later (%5).</p>")
        .arg(BuildInfo::version(), revision.isEmpty() ? QString() : tr("Revision %1. ").arg(revision),
             QStringLiteral(QT_VERSION_STR), BuildInfo::qtVersion(), BuildInfo::licence());
}

} // namespace pf::ui
