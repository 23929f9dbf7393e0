// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <QVariant>

#include <memory>

class QSettings;

namespace pf::ui {

/** The application's persisted preferences: one table of keys and defaults, typed getters. */
class Settings : public QObject
{
    Q_OBJECT

public:
    enum class Key {
        MainWindowGeometry,
        MainWindowState,
        MainSplitterState,
        RecentWorkspaces,
        LastFolder,
        Language,
        BackupsToKeep,
        ReportPageSize, ///< "a4", "letter", or empty for the locale's usual size
        ReportPdfA,
        ReportFolder,
    };

    /// Uses the platform's settings store, or @p fileName (an INI file) when given; tests inject one.
    explicit Settings(const QString &fileName = {}, QObject *parent = nullptr);
    ~Settings() override;

    /// The process-wide instance used by the windows; created on first use.
    static Settings &instance();
    /// Replaces the instance (tests point it at a temporary file).
    static void setInstance(Settings *settings);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void reset(Key key);

    QByteArray byteArray(Key key) const { return value(key).toByteArray(); }
    QString string(Key key) const { return value(key).toString(); }
    QStringList stringList(Key key) const { return value(key).toStringList(); }
    int integer(Key key) const { return value(key).toInt(); }

    /// Adds @p path to the front of the recent workspaces, keeping at most ten.
    void addRecentWorkspace(const QString &path);

    void sync();
    QString fileName() const;

signals:
    void changed(pf::ui::Settings::Key key);

private:
    std::unique_ptr<QSettings> m_store;
};

} // namespace pf::ui
