// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartnerCsv.h"

#include "core/io/CsvDocument.h"
#include "core/storage/StorageCodec.h"

#include <QCoreApplication>
#include <QHash>

namespace pf::core::io {

namespace {

/// Header names (normalised: lowercase, spaces and dashes as underscores) that mean each column.
QString canonicalColumn(const QString &header)
{
    QString key = header.trimmed().toLower();
    key.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("partner"), QStringLiteral("name")},   {QStringLiteral("partner_name"), QStringLiteral("name")},
        {QStringLiteral("company"), QStringLiteral("name")},   {QStringLiteral("url"), QStringLiteral("website")},
        {QStringLiteral("web"), QStringLiteral("website")},    {QStringLiteral("partner_type"), QStringLiteral("type")},
        {QStringLiteral("region"), QStringLiteral("regions")}, {QStringLiteral("tag"), QStringLiteral("tags")},
        {QStringLiteral("note"), QStringLiteral("notes")},     {QStringLiteral("status"), QStringLiteral("stage")},
    };
    key = aliases.value(key, key);
    return PartnerCsv::columns().contains(key) ? key : QString();
}

/// Lists inside a cell may be separated by ";" or ",".
QStringList cellList(const QString &cell)
{
    QString text = cell;
    text.replace(QLatin1Char(','), QLatin1Char(';'));
    return StorageCodec::splitList(text);
}

} // namespace

QStringList PartnerCsv::columns()
{
    return {QStringLiteral("name"),     QStringLiteral("website"), QStringLiteral("type"),
            QStringLiteral("industry"), QStringLiteral("regions"), QStringLiteral("stage"),
            QStringLiteral("owner"),    QStringLiteral("tags"),    QStringLiteral("notes")};
}

PartnerCsv::Import PartnerCsv::read(const QByteArray &data, const QSet<QString> &existingNames,
                                    const ProgressCallback &progress)
{
    Import result;
    // Parsing is one step, then each row is one: a file of 100,000 rows reports every 500 rows.
    if (!reportProgress(progress, 0, 0)) {
        result.cancelled = true;
        return result;
    }
    const CsvDocument document = CsvDocument::parse(data);
    if (!document.error.isEmpty()) {
        result.fileError = true;
        result.issues << Issue{0, document.error};
        return result;
    }
    QHash<QString, qsizetype> columnIndex;
    for (qsizetype i = 0; i < document.header.size(); ++i) {
        const QString column = canonicalColumn(document.header.at(i));
        if (column.isEmpty() || columnIndex.contains(column)) {
            result.ignoredColumns << document.header.at(i);
        } else {
            columnIndex.insert(column, i);
        }
    }
    if (!columnIndex.contains(QStringLiteral("name"))) {
        result.fileError = true;
        result.issues << Issue{1, QCoreApplication::translate(
                                      "pf::core::io::PartnerCsv",
                                      "The first line must name the columns, including one called \"name\" (found: "
                                      "%1).")
                                      .arg(document.header.join(QStringLiteral(", ")))};
        return result;
    }
    QSet<QString> seen;
    for (const QString &name : existingNames) {
        seen.insert(name.trimmed().toLower());
    }
    QHash<QString, int> firstLine;
    const qint64 total = document.rows.size();
    for (const CsvDocument::Row &row : document.rows) {
        if (result.rowCount % 500 == 0 && !reportProgress(progress, result.rowCount, total)) {
            result.cancelled = true;
            return result;
        }
        ++result.rowCount;
        if (row.fields.size() != document.header.size()) {
            result.issues << Issue{row.line, QCoreApplication::translate("pf::core::io::PartnerCsv",
                                                                         "has %1 fields but the header has %2.")
                                                 .arg(row.fields.size())
                                                 .arg(document.header.size())};
            continue;
        }
        auto value = [&](const QString &column) {
            const auto it = columnIndex.constFind(column);
            return it == columnIndex.cend() ? QString() : row.fields.at(*it).trimmed();
        };
        Partner p;
        p.name = value(QStringLiteral("name"));
        p.website = value(QStringLiteral("website"));
        p.type = value(QStringLiteral("type"));
        p.industry = value(QStringLiteral("industry"));
        p.regions = cellList(value(QStringLiteral("regions")));
        const QString stage = value(QStringLiteral("stage")).toLower();
        p.stage = stage.isEmpty() ? QStringLiteral("prospect") : stage;
        p.owner = value(QStringLiteral("owner"));
        p.tags = cellList(value(QStringLiteral("tags")));
        p.notes = columnIndex.contains(QStringLiteral("notes"))
                      ? row.fields.at(columnIndex.value(QStringLiteral("notes")))
                      : QString();
        const QString key = p.name.toLower();
        if (p.name.isEmpty()) {
            result.issues << Issue{row.line, QCoreApplication::translate("pf::core::io::PartnerCsv", "has no name.")};
        } else if (!Partner::stages().contains(p.stage)) {
            result.issues << Issue{
                row.line, QCoreApplication::translate("pf::core::io::PartnerCsv", "stage \"%1\" is not one of %2.")
                              .arg(stage, Partner::stages().join(QStringLiteral(", ")))};
        } else if (firstLine.contains(key)) {
            result.issues << Issue{
                row.line, QCoreApplication::translate("pf::core::io::PartnerCsv", "\"%1\" is already on line %2.")
                              .arg(p.name)
                              .arg(firstLine.value(key))};
        } else if (seen.contains(key)) {
            result.issues << Issue{row.line,
                                   QCoreApplication::translate("pf::core::io::PartnerCsv",
                                                               "a partner named \"%1\" is already in the workspace.")
                                       .arg(p.name)};
        } else {
            firstLine.insert(key, row.line);
            result.valid << p;
        }
    }
    return result;
}

QByteArray PartnerCsv::writePartners(const QList<Partner> &partners)
{
    QList<QStringList> rows;
    rows.reserve(partners.size());
    for (const Partner &p : partners) {
        rows << QStringList{p.name,
                            p.website,
                            p.type,
                            p.industry,
                            StorageCodec::joinList(p.regions),
                            p.stage,
                            p.owner,
                            StorageCodec::joinList(p.tags),
                            p.notes};
    }
    return CsvDocument::write(columns(), rows);
}

QByteArray PartnerCsv::writeScores(const QList<AssessmentSummary> &assessments)
{
    QList<QStringList> rows;
    for (const AssessmentSummary &a : assessments) {
        const bool scored = a.score.has_value();
        rows << QStringList{a.partnerName,
                            StorageCodec::kindKey(a.kind),
                            a.asOf.toString(Qt::ISODate),
                            StorageCodec::statusKey(a.status),
                            QString::number(a.version),
                            scored && a.score->overall ? QString::number(*a.score->overall, 'g', 17) : QString(),
                            scored ? a.score->band : QString(),
                            scored ? a.score->confidence : QString(),
                            scored ? QString::number(a.score->coverage, 'g', 17) : QString(),
                            a.nextDue.toString(Qt::ISODate)};
    }
    return CsvDocument::write({QStringLiteral("partner"), QStringLiteral("kind"), QStringLiteral("date"),
                               QStringLiteral("status"), QStringLiteral("version"), QStringLiteral("overall"),
                               QStringLiteral("band"), QStringLiteral("confidence"), QStringLiteral("coverage"),
                               QStringLiteral("next_due")},
                              rows);
}

} // namespace pf::core::io
