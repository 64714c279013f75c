// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/icons/IconTheme.h"

namespace hn::client {

void IconTheme::install() {
    const QString name = QString::fromLatin1(kName);
    QStringList paths = QIcon::themeSearchPaths();
    if (!paths.contains(QStringLiteral(":/icons")))
        paths.append(QStringLiteral(":/icons"));
    QIcon::setThemeSearchPaths(paths);
    QIcon::setFallbackThemeName(name);
    // Windows and bare X sessions have no theme at all; then ours is the
    // theme, not only the fallback.
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == QStringLiteral("hicolor"))
        QIcon::setThemeName(name);
}

QIcon IconTheme::applicationIcon() {
    return QIcon::fromTheme(QString::fromLatin1(kName));
}

} // namespace hn::client
