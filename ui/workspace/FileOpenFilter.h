// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

#include <functional>

class QUrl;

namespace pf::ui {

/**
 * Hands files given to the application to the main window. Installed on its parent (the main window) it takes drops
 * (a dragged .partnerfit or .csv file); installed on the application it takes QFileOpenEvent (macOS Finder,
 * "Open With"). The file is handed over once the event has returned, so that no dialog runs inside a drop.
 * A drop of anything else is refused with @p refuse's message.
 */
class FileOpenFilter : public QObject
{
    Q_OBJECT

public:
    using Open = std::function<void(const QString &path)>;
    using Refuse = std::function<void(const QString &message)>;

    FileOpenFilter(Open open, Refuse refuse, QObject *parent = nullptr);

    /// The local file a drop of @p urls would open, or empty (with @p why set) when it would be refused.
    static QString acceptedFile(const QList<QUrl> &urls, QString *why = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Open m_open;
    Refuse m_refuse;
};

} // namespace pf::ui
