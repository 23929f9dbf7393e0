// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Build-time tool: renders the application icon SVG into the PNG sizes each platform
// needs and a multi-resolution Windows .ico (PNG-compressed entries).
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>

namespace {

QByteArray renderPng(QSvgRenderer &renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit();
}

template <typename T>
void append(QByteArray &out, T value)
{
    const T le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), sizeof(le));
}

// ICO container: ICONDIR, one ICONDIRENTRY per image, then the PNG payloads.
QByteArray icoFile(const QList<QPair<int, QByteArray>> &images)
{
    QByteArray out;
    append<quint16>(out, 0);
    append<quint16>(out, 1);
    append<quint16>(out, quint16(images.size()));
    quint32 offset = 6 + 16 * quint32(images.size());
    for (const auto &[size, png] : images) {
        out.append(char(size >= 256 ? 0 : size));
        out.append(char(size >= 256 ? 0 : size));
        out.append(char(0));
        out.append(char(0));
        append<quint16>(out, 1);
        append<quint16>(out, 32);
        append<quint32>(out, quint32(png.size()));
        append<quint32>(out, offset);
        offset += quint32(png.size());
    }
    for (const auto &image : images) {
        out.append(image.second);
    }
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: partnerfit_icongen ICON.svg OUTPUT_DIR BASENAME\n");
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "partnerfit_icongen: cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    const QDir out(args.at(2));
    const QString base = args.at(3);
    QList<QPair<int, QByteArray>> icoImages;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        const QByteArray png = renderPng(renderer, size);
        out.mkpath(QStringLiteral("%1x%1").arg(size));
        if (!writeFile(out.filePath(QStringLiteral("%1x%1/%2.png").arg(size).arg(base)), png)) {
            std::fprintf(stderr, "partnerfit_icongen: cannot write into %s\n", qPrintable(out.path()));
            return 1;
        }
        if (size == 16 || size == 24 || size == 32 || size == 48 || size == 64 || size == 256) {
            icoImages.append({size, png});
        }
    }
    return writeFile(out.filePath(base + QStringLiteral(".ico")), icoFile(icoImages)) ? 0 : 1;
}
