// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace hn::client {

// The categories of entities.proto's DocumentCategory as the replica stores
// them ("flyer", "protokoll", ...) and as people read them.
class DocumentCategory {
    Q_DECLARE_TR_FUNCTIONS(hn::client::DocumentCategory)

public:
    // The stored names, in the order menus show them.
    static QStringList keys();
    // The translated name ("Minutes" for "protokoll"); the key itself for a
    // category this build does not know (a newer server), empty for none.
    static QString displayName(const QString &key);
};

} // namespace hn::client
