// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvDocument.h"

#include <QCoreApplication>

namespace pf::core::io {

QChar CsvDocument::detectDelimiter(const QString &firstLine)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const QChar c : firstLine) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted && c == QLatin1Char(',')) {
            ++commas;
        } else if (!quoted && c == QLatin1Char(';')) {
            ++semicolons;
        }
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

CsvDocument CsvDocument::parse(const QByteArray &data)
{
    CsvDocument document;
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    const qsizetype firstEnd = text.indexOf(QLatin1Char('\n'));
    document.delimiter = detectDelimiter(firstEnd < 0 ? text : text.left(firstEnd));

    QList<Row> records;
    Row row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    row.line = 1;
    auto endField = [&] {
        row.fields << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = row.fields.size() == 1 && row.fields.first().isEmpty();
        if (!blank) {
            records << row;
        }
        row = Row{};
        row.line = line;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n')) {
                    ++line;
                }
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == document.delimiter) {
            endField();
        } else if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else {
            // Copy a run of ordinary characters at once: imports of 100,000 rows spend most time here.
            qsizetype end = i + 1;
            while (end < n) {
                const QChar d = text.at(end);
                if (d == document.delimiter || d == QLatin1Char('\n') || d == QLatin1Char('\r') ||
                    d == QLatin1Char('"')) {
                    break;
                }
                ++end;
            }
            field += QStringView(text).mid(i, end - i);
            fieldStarted = true;
            i = end - 1;
        }
    }
    if (quoted) {
        document.error = QCoreApplication::translate("pf::core::io::CsvDocument",
                                                     "A quoted field that starts on line %1 is never closed.")
                             .arg(row.line);
        return document;
    }
    if (!field.isEmpty() || !row.fields.isEmpty()) {
        endRecord();
    }
    if (!records.isEmpty()) {
        document.header = records.takeFirst().fields;
    }
    document.rows = records;
    return document;
}

QString CsvDocument::neutralise(const QString &cell)
{
    if (cell.isEmpty()) {
        return cell;
    }
    bool number = false;
    cell.toDouble(&number);
    if (number) {
        return cell;
    }
    const QChar first = cell.at(0);
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
        first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r')) {
        return QLatin1Char('\'') + cell;
    }
    return cell;
}

QByteArray CsvDocument::write(const QStringList &header, const QList<QStringList> &rows, QChar delimiter)
{
    auto quote = [delimiter](const QString &cell) {
        if (cell.contains(delimiter) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n')) ||
            cell.contains(QLatin1Char('\r'))) {
            QString escaped = cell;
            escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
            return QLatin1Char('"') + escaped + QLatin1Char('"');
        }
        return cell;
    };
    QString out;
    auto line = [&](const QStringList &cells, bool neutraliseCells) {
        QStringList quoted;
        for (const QString &cell : cells) {
            quoted << quote(neutraliseCells ? neutralise(cell) : cell);
        }
        out += quoted.join(delimiter) + QStringLiteral("\r\n");
    };
    line(header, true);
    for (const QStringList &row : rows) {
        line(row, true);
    }
    return out.toUtf8();
}

} // namespace pf::core::io
