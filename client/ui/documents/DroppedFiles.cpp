// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/documents/DroppedFiles.h"

#include <QMimeData>
#include <QUrl>

namespace hn::client {

QStringList DroppedFiles::of(const QMimeData *mime) {
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

} // namespace hn::client
