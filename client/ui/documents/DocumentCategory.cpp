// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/documents/DocumentCategory.h"

namespace hn::client {

QStringList DocumentCategory::keys() {
    return {QStringLiteral("flyer"),    QStringLiteral("protokoll"), QStringLiteral("liste"),
            QStringLiteral("formular"), QStringLiteral("schaubild"), QStringLiteral("sonstiges")};
}

QString DocumentCategory::displayName(const QString &key) {
    if (key == u"flyer")
        return tr("Flyer");
    if (key == u"protokoll")
        return tr("Minutes");
    if (key == u"liste")
        return tr("List");
    if (key == u"formular")
        return tr("Form");
    if (key == u"schaubild")
        return tr("Chart");
    if (key == u"sonstiges")
        return tr("Other");
    return key;
}

} // namespace hn::client
