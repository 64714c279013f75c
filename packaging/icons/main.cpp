// SPDX-License-Identifier: GPL-3.0-or-later
// hn-icon-renderer: draws the application icon's SVG into the PNGs of the
// freedesktop icon theme and into a Windows .ico, at build time (target
// hn_app_icons), so no rendered image is kept in the repository.
#include "common/Error.h"
#include "packaging/icons/AppIcon.h"
#include "packaging/icons/IcoFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <cstdio>

namespace {

using hn::common::Error;

QList<int> sizesOf(const QCommandLineParser &parser, const QString &option) {
    QList<int> sizes;
    for (const QString &text : parser.value(option).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int size = text.trimmed().toInt(&ok);
        if (!ok || size < 1) {
            throw Error::invalidArgument(QStringLiteral("--") + option,
                                         QStringLiteral("'%1' is not a pixel size").arg(text));
        }
        sizes.append(size);
    }
    return sizes;
}

void write(const QString &path, const QByteArray &bytes) {
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        throw Error::unavailable(QStringLiteral("cannot create the folder of %1").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error::unavailable(
            QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Render an SVG icon into <out>/hicolor/<N>x<N>/apps/<name>.png and <out>/<name>.ico."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("svg"), QStringLiteral("The icon's SVG source."), QStringLiteral("file")},
        {QStringLiteral("out"), QStringLiteral("Output folder."), QStringLiteral("dir")},
        {QStringLiteral("name"), QStringLiteral("Icon name, e.g. de.helfernetz.Helfernetz."),
         QStringLiteral("name")},
        {QStringLiteral("png"), QStringLiteral("Comma-separated PNG sizes."),
         QStringLiteral("sizes")},
        {QStringLiteral("ico"), QStringLiteral("Comma-separated sizes for the .ico (up to 256)."),
         QStringLiteral("sizes")},
    });
    parser.process(app);

    try {
        for (const QString &required :
             {QStringLiteral("svg"), QStringLiteral("out"), QStringLiteral("name")}) {
            if (parser.value(required).isEmpty())
                throw Error::invalidArgument(QStringLiteral("--") + required,
                                             QStringLiteral("is required"));
        }
        const hn::client::AppIcon icon(parser.value(QStringLiteral("svg")));
        const QDir out(parser.value(QStringLiteral("out")));
        const QString name = parser.value(QStringLiteral("name"));

        for (const int size : sizesOf(parser, QStringLiteral("png"))) {
            write(out.filePath(QStringLiteral("hicolor/%1x%1/apps/%2.png").arg(size).arg(name)),
                  icon.png(size));
        }
        const QList<int> icoSizes = sizesOf(parser, QStringLiteral("ico"));
        if (!icoSizes.isEmpty()) {
            hn::client::IcoFile ico;
            for (const int size : icoSizes)
                ico.add(size, icon.png(size));
            write(out.filePath(name + QStringLiteral(".ico")), ico.bytes());
        }
    } catch (const Error &error) {
        std::fprintf(stderr, "hn-icon-renderer: %s\n", qUtf8Printable(error.describe()));
        return 1;
    }
    return 0;
}
