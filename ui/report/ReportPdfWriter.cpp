// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPdfWriter.h"

#include "core/BuildInfo.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>

namespace pf::ui::report {

namespace {

/// A PDF text string: UTF-16BE with a byte order mark, hex-encoded.
QByteArray pdfString(const QString &text)
{
    QByteArray bytes("\xFE\xFF", 2);
    for (const QChar c : text) {
        bytes.append(char(c.unicode() >> 8));
        bytes.append(char(c.unicode() & 0xff));
    }
    return '<' + bytes.toHex().toUpper() + '>';
}

QByteArray pdfDate(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return "(D:" + utc.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
}

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QDateTime createdOf(const PdfOptions &options)
{
    const QDateTime time = options.created.isValid() ? options.created : QDateTime::currentDateTimeUtc();
    // PDF dates have whole seconds; keep Info and XMP identical.
    return QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), Qt::UTC);
}

PdfOptions completed(PdfOptions options, const ReportDocument &document)
{
    if (options.title.isEmpty()) {
        options.title = document.title();
    }
    if (options.subject.isEmpty()) {
        options.subject = document.subject();
    }
    if (options.creator.isEmpty()) {
        options.creator = QStringLiteral("PartnerFit %1").arg(core::BuildInfo::versionString());
    }
    options.created = createdOf(options);
    return options;
}

QString producerName()
{
    return QStringLiteral("Qt %1 (PartnerFit report engine)").arg(QString::fromLatin1(qVersion()));
}

} // namespace

QByteArray ReportPdfWriter::xmpMetadata(const PdfOptions &options, const QString &producer)
{
    const QString date = createdOf(options).toString(Qt::ISODate);
    QString xmp =
        QStringLiteral(
            "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
            "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
            "<dc:format>application/pdf</dc:format>\n"
            "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
            "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%2</rdf:li></rdf:Alt></dc:description>\n"
            "%3"
            "</rdf:Description>\n"
            "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
            "<xmp:CreatorTool>%4</xmp:CreatorTool>\n"
            "<xmp:CreateDate>%5</xmp:CreateDate>\n"
            "<xmp:ModifyDate>%5</xmp:ModifyDate>\n"
            "<xmp:MetadataDate>%5</xmp:MetadataDate>\n"
            "</rdf:Description>\n"
            "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
            "<pdf:Producer>%6</pdf:Producer>\n"
            "</rdf:Description>\n"
            "%7"
            "</rdf:RDF>\n"
            "</x:xmpmeta>\n"
            "<?xpacket end=\"w\"?>")
            .arg(xmlEscaped(options.title), xmlEscaped(options.subject),
                 options.author.isEmpty()
                     ? QString()
                     : QStringLiteral("<dc:creator><rdf:Seq><rdf:li>%1</rdf:li></rdf:Seq></dc:creator>\n")
                           .arg(xmlEscaped(options.author)),
                 xmlEscaped(options.creator), date, xmlEscaped(producer),
                 options.pdfA
                     ? QStringLiteral("<rdf:Description rdf:about=\"\" "
                                      "xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                                      "<pdfaid:part>1</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n"
                                      "</rdf:Description>\n")
                     : QString());
    return xmp.toUtf8();
}

bool ReportPdfWriter::appendInfo(QByteArray &pdf, const PdfOptions &options, const QString &producer)
{
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    if (startxref < 0 || trailerAt < 0 || trailerAt > startxref) {
        return false;
    }
    bool ok = false;
    const qint64 previous = pdf.mid(startxref + 9, 32).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (!ok) {
        return false;
    }
    const QString trailer = QString::fromLatin1(pdf.mid(trailerAt, startxref - trailerAt));
    const auto size = QRegularExpression(QStringLiteral("/Size\\s+(\\d+)")).match(trailer);
    const auto root = QRegularExpression(QStringLiteral("/Root\\s+(\\d+\\s+\\d+\\s+R)")).match(trailer);
    const auto id = QRegularExpression(QStringLiteral("/ID\\s*\\[[^\\]]*\\]")).match(trailer);
    if (!size.hasMatch() || !root.hasMatch()) {
        return false;
    }
    const int object = size.captured(1).toInt();
    if (!pdf.endsWith('\n')) {
        pdf.append('\n');
    }
    const qint64 objectOffset = pdf.size();
    QByteArray info = QByteArray::number(object) + " 0 obj\n<<\n/Title " + pdfString(options.title) + "\n/Subject " +
                      pdfString(options.subject) + "\n/Creator " + pdfString(options.creator) + "\n/Producer " +
                      pdfString(producer) + "\n/CreationDate " + pdfDate(options.created) + "\n/ModDate " +
                      pdfDate(options.created) + "\n";
    if (!options.author.isEmpty()) {
        info += "/Author " + pdfString(options.author) + "\n";
    }
    info += ">>\nendobj\n";
    pdf.append(info);
    const qint64 xrefOffset = pdf.size();
    QByteArray xref = "xref\n" + QByteArray::number(object) + " 1\n" +
                      QByteArray::number(objectOffset).rightJustified(10, '0') + " 00000 n \n";
    xref += "trailer\n<<\n/Size " + QByteArray::number(object + 1) + "\n/Root " + root.captured(1).toLatin1() +
            "\n/Info " + QByteArray::number(object) + " 0 R\n/Prev " + QByteArray::number(previous) + "\n";
    if (id.hasMatch()) {
        xref += id.captured(0).toLatin1() + "\n";
    }
    xref += ">>\nstartxref\n" + QByteArray::number(xrefOffset) + "\n%%EOF\n";
    pdf.append(xref);
    return true;
}

PdfResult ReportPdfWriter::render(const ReportDocument &document, const PdfOptions &requested, QByteArray *pdf,
                                  const RenderControl &control)
{
    PdfResult result;
    const PdfOptions options = completed(requested, document);
    const QString producer = producerName();
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(options.pdfA ? QPagedPaintDevice::PdfVersion_A1b : QPagedPaintDevice::PdfVersion_1_6);
        writer.setResolution(options.resolution);
        writer.setTitle(options.title);
        writer.setCreator(options.creator);
        writer.setDocumentXmpMetadata(xmpMetadata(options, producer));
        writer.setPageLayout(ReportDocument::pageLayout(options.pageSize));
        const ReportLayout layout = document.layout(writer.pageLayout());
        result.pages = layout.pageCount();
        if (!document.paint(&writer, layout, control)) {
            result.cancelled = control.isCancelled();
            result.error = result.cancelled ? tr("The export was cancelled.") : tr("The PDF could not be drawn.");
            return result;
        }
    }
    if (!appendInfo(bytes, options, producer)) {
        result.error = tr("The PDF's document information could not be written.");
        return result;
    }
    result.ok = true;
    result.bytes = bytes.size();
    *pdf = std::move(bytes);
    return result;
}

PdfResult ReportPdfWriter::write(const ReportDocument &document, const QString &path, const PdfOptions &options,
                                 const RenderControl &control)
{
    QByteArray bytes;
    PdfResult result = render(document, options, &bytes, control);
    if (!result.ok) {
        return result;
    }
    // Only now touch the file system: a cancelled or failed rendering never leaves a temporary file behind.
    if (control.isCancelled()) {
        return PdfResult{false, true, tr("The export was cancelled."), result.pages, 0};
    }
    QSaveFile file(path);
    const auto fail = [&](const QString &reason) {
        file.cancelWriting();
        return PdfResult{false, false, tr("Could not write %1: %2").arg(QFileInfo(path).fileName(), reason),
                         result.pages, 0};
    };
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(file.errorString());
    }
    if (file.write(bytes) != bytes.size()) {
        return fail(file.errorString());
    }
    if (!file.commit()) {
        return fail(file.errorString());
    }
    return result;
}

} // namespace pf::ui::report
