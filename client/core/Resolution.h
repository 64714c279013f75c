// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>

namespace hn::client {

// A person's decision on a Conflict (Replica::resolveConflict).
struct Resolution {
    enum class Choice {
        Mine,   // keep my value: pushed as a normal mutation
        Theirs, // take the server's value; nothing is pushed
        Merged, // a value the person put together: pushed like Mine
    };

    Choice choice = Choice::Theirs;
    // Merged only: the field's new value (Field conflicts), or the record's
    // new field object (EditVsDelete, DeleteVsEdit; fields not named keep
    // the value the conflict showed).
    QJsonValue merged;
};

} // namespace hn::client
