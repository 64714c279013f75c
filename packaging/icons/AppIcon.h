// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QSvgRenderer>

namespace hn::client {

// The application's icon, drawn from its SVG source at any pixel size, so
// the PNGs of the Linux icon theme and the Windows .ico come from one
// drawing and never drift apart.
class AppIcon {
public:
    // Throws common::Error(InvalidArgument) naming the file when it is not
    // a readable SVG.
    explicit AppIcon(const QString &svgFile);

    // A square image of size x size pixels with a transparent background.
    QImage render(int size) const;
    // render(size) as PNG bytes (best compression).
    QByteArray png(int size) const;

private:
    QString m_file;
    QByteArray m_svg;
};

} // namespace hn::client
