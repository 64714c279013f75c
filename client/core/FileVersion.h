// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hn::client {

// One version of a document's file as the transfers need it: what the
// DocumentVersion record says (entities.proto), in domain terms.
struct FileVersion {
    QString versionId;
    QString documentId;
    QString fileName;
    QString mimeType;
    QString comment;
    qint64 size = 0;
    QString sha256; // 64 lower-case hex digits
};

} // namespace hn::client
