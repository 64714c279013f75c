// SPDX-License-Identifier: GPL-3.0-or-later
// The build-time icon renderer's parts: AppIcon draws the SVG at any size,
// IcoFile writes the Windows icon. The .ico is read back with Qt's own
// "ico" plugin (an independent reader), so a wrong offset or size field
// fails here and not only on a Windows desktop.
#include "packaging/icons/AppIcon.h"

#include "common/Error.h"
#include "packaging/icons/IcoFile.h"

#include <QBuffer>
#include <QImageReader>
#include <QTemporaryDir>
#include <QtEndian>
#include <catch2/catch.hpp>

using hn::client::AppIcon;
using hn::client::IcoFile;

namespace {

const QString kSvg = QStringLiteral(HN_APP_ICON_SVG);

quint16 word(const QByteArray &bytes, int at) {
    return qFromLittleEndian<quint16>(bytes.constData() + at);
}

quint32 dword(const QByteArray &bytes, int at) {
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

} // namespace

TEST_CASE("The application icon renders at every size with a transparent corner") {
    const AppIcon icon(kSvg);
    for (const int size : {16, 24, 48, 256, 512}) {
        const QImage image = icon.render(size);
        REQUIRE(image.size() == QSize(size, size));
        // The SVG is a rounded square inset by 1/24: its corner stays clear
        // and its middle is painted.
        CHECK(qAlpha(image.pixel(0, 0)) == 0);
        CHECK(qAlpha(image.pixel(size / 2, size - 1 - size / 12)) == 255);
        const QImage decoded = QImage::fromData(icon.png(size), "PNG");
        REQUIRE(decoded.size() == QSize(size, size));
        CHECK(decoded.pixel(size / 2, size / 2) == image.pixel(size / 2, size / 2));
    }
}

TEST_CASE("An icon source that is not an SVG is refused with its name") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("broken.svg"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("<svg this is not xml");
    file.close();
    try {
        AppIcon icon(path);
        FAIL("a broken SVG was accepted");
    } catch (const hn::common::Error &error) {
        CHECK(error.field() == path);
        CHECK(error.message().contains(QStringLiteral("not a valid SVG")));
    }
    CHECK_THROWS_AS(AppIcon(dir.filePath(QStringLiteral("missing.svg"))), hn::common::Error);
}

TEST_CASE("The .ico directory points at each PNG with its size") {
    const AppIcon icon(kSvg);
    IcoFile ico;
    const QList<int> sizes{16, 32, 48, 256};
    QList<QByteArray> pngs;
    for (const int size : sizes) {
        pngs.append(icon.png(size));
        ico.add(size, pngs.last());
    }
    const QByteArray bytes = ico.bytes();

    REQUIRE(bytes.size() > 6 + 16 * 4);
    CHECK(word(bytes, 0) == 0);
    CHECK(word(bytes, 2) == 1);
    CHECK(word(bytes, 4) == 4);
    quint32 expectedOffset = 6 + 16 * 4;
    for (int i = 0; i < sizes.size(); ++i) {
        const int entry = 6 + 16 * i;
        const int side = sizes[i] == 256 ? 0 : sizes[i];
        CHECK(quint8(bytes[entry]) == side);
        CHECK(quint8(bytes[entry + 1]) == side);
        CHECK(word(bytes, entry + 4) == 1);
        CHECK(word(bytes, entry + 6) == 32);
        CHECK(dword(bytes, entry + 8) == quint32(pngs[i].size()));
        CHECK(dword(bytes, entry + 12) == expectedOffset);
        CHECK(bytes.mid(int(expectedOffset), pngs[i].size()) == pngs[i]);
        expectedOffset += quint32(pngs[i].size());
    }
    CHECK(quint32(bytes.size()) == expectedOffset);
}

TEST_CASE("Qt's own ico reader finds every image of the written .ico") {
    REQUIRE(QImageReader::supportedImageFormats().contains("ico"));
    const AppIcon icon(kSvg);
    IcoFile ico;
    const QList<int> sizes{16, 24, 32, 64, 256};
    for (const int size : sizes)
        ico.add(size, icon.png(size));
    QByteArray bytes = ico.bytes();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "ico");
    REQUIRE(reader.imageCount() == sizes.size());
    for (const int size : sizes) {
        const QImage image = reader.read();
        INFO(reader.errorString().toStdString());
        REQUIRE(image.size() == QSize(size, size));
        CHECK(image.pixel(size / 2, size / 2) == icon.render(size).pixel(size / 2, size / 2));
        reader.jumpToNextImage();
    }
}

TEST_CASE("An .ico refuses sizes it cannot store, repeated sizes and bytes that are not PNG") {
    const AppIcon icon(kSvg);
    IcoFile ico;
    CHECK_THROWS_AS(ico.add(0, icon.png(16)), hn::common::Error);
    CHECK_THROWS_AS(ico.add(257, icon.png(16)), hn::common::Error);
    CHECK_THROWS_AS(ico.add(16, QByteArray("BM not a png")), hn::common::Error);
    ico.add(16, icon.png(16));
    CHECK_THROWS_AS(ico.add(16, icon.png(16)), hn::common::Error);
    CHECK(ico.imageCount() == 1);
}
