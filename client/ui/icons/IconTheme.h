// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace hn::client {

// The icons of the window: freedesktop names through QIcon::fromTheme, so
// a Linux desktop shows its own theme, and the bundled SVG theme
// "helfernetz" (client/ui/icons) fills every gap, on Windows all of them.
class IconTheme {
public:
    static constexpr const char *kName = "helfernetz";

    // Adds the bundled theme as fallback (and as the theme where the
    // platform has none). Call once after QApplication exists.
    static void install();
    // The application icon (window, tray, about).
    static QIcon applicationIcon();
};

} // namespace hn::client
