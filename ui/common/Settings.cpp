// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Settings.h"

#include <QSettings>

namespace pf::ui {
namespace {

struct Entry
{
    Settings::Key key;
    const char *name;
    QVariant defaultValue;
};

// The one table of every persisted preference, its storage name and default.
const Entry &entry(Settings::Key key)
{
    static const Entry entries[] = {
        {Settings::Key::MainWindowGeometry, "mainWindow/geometry", QByteArray()},
        {Settings::Key::MainWindowState, "mainWindow/state", QByteArray()},
        {Settings::Key::MainSplitterState, "mainWindow/splitter", QByteArray()},
        {Settings::Key::RecentWorkspaces, "workspace/recent", QStringList()},
        {Settings::Key::LastFolder, "workspace/lastFolder", QString()},
        {Settings::Key::Language, "ui/language", QString()}, // empty: follow the system locale
        {Settings::Key::BackupsToKeep, "workspace/backupsToKeep", 7},
        {Settings::Key::ReportPageSize, "report/pageSize", QString()},
        {Settings::Key::ReportPdfA, "report/pdfA", false},
        {Settings::Key::ReportFolder, "report/folder", QString()},
    };
    for (const Entry &e : entries) {
        if (e.key == key) {
            return e;
        }
    }
    Q_UNREACHABLE();
}

Settings *s_instance = nullptr;
constexpr int MaxRecentWorkspaces = 10;

} // namespace

Settings::Settings(const QString &fileName, QObject *parent)
    : QObject(parent)
    , m_store(fileName.isEmpty() ? std::make_unique<QSettings>()
                                 : std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{}

Settings::~Settings()
{
    if (s_instance == this) {
        s_instance = nullptr;
    }
}

Settings &Settings::instance()
{
    if (!s_instance) {
        s_instance = new Settings();
    }
    return *s_instance;
}

void Settings::setInstance(Settings *settings)
{
    s_instance = settings;
}

QVariant Settings::value(Key key) const
{
    const Entry &e = entry(key);
    return m_store->value(QLatin1String(e.name), e.defaultValue);
}

void Settings::setValue(Key key, const QVariant &value)
{
    if (m_store->value(QLatin1String(entry(key).name)) == value) {
        return;
    }
    m_store->setValue(QLatin1String(entry(key).name), value);
    emit changed(key);
}

void Settings::reset(Key key)
{
    m_store->remove(QLatin1String(entry(key).name));
    emit changed(key);
}

void Settings::addRecentWorkspace(const QString &path)
{
    QStringList recent = stringList(Key::RecentWorkspaces);
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecentWorkspaces) {
        recent.removeLast();
    }
    setValue(Key::RecentWorkspaces, recent);
}

void Settings::sync()
{
    m_store->sync();
}

QString Settings::fileName() const
{
    return m_store->fileName();
}

} // namespace pf::ui
