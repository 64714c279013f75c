// SPDX-License-Identifier: GPL-3.0-or-later
#include "packaging/icons/IcoFile.h"

#include "common/Error.h"

#include <QtEndian>

namespace hn::client {

using common::Error;

namespace {

const QByteArray kPngSignature("\x89PNG\r\n\x1a\n", 8);
constexpr int kDirectorySize = 6;
constexpr int kEntrySize = 16;

void appendLittleEndian16(QByteArray &out, quint16 value) {
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void appendLittleEndian32(QByteArray &out, quint32 value) {
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

} // namespace

void IcoFile::add(int size, const QByteArray &png) {
    if (size < 1 || size > 256) {
        throw Error::invalidArgument(QStringLiteral("size"),
                                     QStringLiteral("an icon image must be 1 to 256 pixels wide, "
                                                    "not %1")
                                         .arg(size));
    }
    if (!png.startsWith(kPngSignature)) {
        throw Error::invalidArgument(QStringLiteral("png"),
                                     QStringLiteral("the %1 px image is not a PNG").arg(size));
    }
    for (const Image &image : std::as_const(m_images)) {
        if (image.size == size) {
            throw Error::invalidArgument(QStringLiteral("size"),
                                         QStringLiteral("%1 px is already in the icon").arg(size));
        }
    }
    m_images.append({size, png});
}

QByteArray IcoFile::bytes() const {
    QByteArray out;
    appendLittleEndian16(out, 0); // reserved
    appendLittleEndian16(out, 1); // type: icon (2 would be a cursor)
    appendLittleEndian16(out, quint16(m_images.size()));

    quint32 offset = quint32(kDirectorySize + kEntrySize * m_images.size());
    for (const Image &image : m_images) {
        // Width and height are one byte each; 0 stands for 256.
        const char side = char(image.size == 256 ? 0 : image.size);
        out.append(side);
        out.append(side);
        out.append('\0');              // no palette
        out.append('\0');              // reserved
        appendLittleEndian16(out, 1);  // colour planes
        appendLittleEndian16(out, 32); // bits per pixel
        appendLittleEndian32(out, quint32(image.png.size()));
        appendLittleEndian32(out, offset);
        offset += quint32(image.png.size());
    }
    for (const Image &image : m_images)
        out.append(image.png);
    return out;
}

} // namespace hn::client
