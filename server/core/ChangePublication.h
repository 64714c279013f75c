// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/ChangeNotifier.h"

#include <QSet>
#include <QStringList>

namespace hn::server {

// What an administrative write moved, collected inside its transaction and
// published after the commit (a client told to pull must find the change).
struct ChangePublication {
    QSet<QString> buckets;
    qint64 headSeq = 0;
    QStringList accessChangedFor; // user ids
    bool accessChangedForAll = false;

    void publish(ChangeNotifier *notifier) const {
        if (!notifier)
            return;
        if (accessChangedForAll)
            notifier->publishAccessChanged({});
        for (const QString &userId : accessChangedFor)
            notifier->publishAccessChanged(userId);
        if (!buckets.isEmpty())
            notifier->publish(buckets, headSeq);
    }
};

} // namespace hn::server
