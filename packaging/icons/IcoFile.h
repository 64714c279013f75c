// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace hn::client {

// A Windows icon file (.ico) whose images are stored PNG-compressed, as
// Windows reads them since Vista. Written here rather than through Qt's
// "ico" image plugin, which is not everywhere (vcpkg builds, minimal
// installs) and stores uncompressed bitmaps.
class IcoFile {
public:
    // Adds one square image; `png` must hold a PNG of size x size pixels.
    // Throws common::Error(InvalidArgument) for sizes outside 1..256, a
    // size given twice or bytes that are not a PNG.
    void add(int size, const QByteArray &png);

    int imageCount() const { return int(m_images.size()); }
    // The whole file: ICONDIR, one ICONDIRENTRY per image, then the PNGs.
    QByteArray bytes() const;

private:
    struct Image {
        int size;
        QByteArray png;
    };
    QList<Image> m_images;
};

} // namespace hn::client
