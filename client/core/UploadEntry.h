// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/FileVersion.h"

#include <QDateTime>
#include <QString>

namespace hn::client {

// One file waiting in the UploadQueue to become a new document version.
struct UploadEntry {
    enum class State {
        Pending, // sent when online (after its document reached the server)
        Stopped, // the server refused it for a reason a retry cannot fix
    };

    qint64 id = 0;
    // The new version (its id made when queued).
    FileVersion version;
    // A restore of an older version: no local file, the server completes
    // the upload from the bytes it holds (blobs.proto, Upload).
    bool restore = false;
    bool overrideCheckout = false;
    State state = State::Pending;
    // Why it stopped, or the last transient failure: the error code's name
    // ("permission-denied", ...) and the server's message.
    QString errorCode;
    QString errorMessage;
    int attempts = 0;
    QDateTime createdAt;
};

} // namespace hn::client
