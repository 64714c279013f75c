// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QMimeData;

namespace hn::client {

// The local files of a drag (from a file manager) dropped on the documents
// list or a document: they become new versions.
class DroppedFiles {
public:
    // The paths of the local files the drag carries (none for text, web
    // links, ...).
    static QStringList of(const QMimeData *mime);
};

} // namespace hn::client
