// SPDX-License-Identifier: GPL-3.0-or-later
#include "packaging/icons/AppIcon.h"

#include "common/Error.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>

namespace hn::client {

using common::Error;

AppIcon::AppIcon(const QString &svgFile)
    : m_file(svgFile) {
    QFile file(svgFile);
    if (!file.open(QIODevice::ReadOnly))
        throw Error::invalidArgument(svgFile, QStringLiteral("cannot be read"));
    m_svg = file.readAll();
    // Checked here rather than at every render: a broken source must stop
    // the build with its name, not produce empty icons.
    if (!QSvgRenderer(m_svg).isValid())
        throw Error::invalidArgument(svgFile, QStringLiteral("is not a valid SVG image"));
}

QImage AppIcon::render(int size) const {
    if (size < 1 || size > 1024) {
        throw Error::invalidArgument(QStringLiteral("size"),
                                     QStringLiteral("%1 is not between 1 and 1024").arg(size));
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    // A renderer per call: QSvgRenderer keeps animation state, and the
    // drawing must not depend on what was rendered before.
    QSvgRenderer renderer(m_svg);
    renderer.setAspectRatioMode(Qt::KeepAspectRatio);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image.convertToFormat(QImage::Format_ARGB32);
}

QByteArray AppIcon::png(int size) const {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    // PNG support is built into Qt Gui (no image plugin); quality 0 asks
    // for the strongest compression.
    if (!render(size).save(&buffer, "PNG", 0))
        throw Error::internal(
            QStringLiteral("cannot encode %1 at %2 px as PNG").arg(m_file).arg(size));
    return bytes;
}

} // namespace hn::client
