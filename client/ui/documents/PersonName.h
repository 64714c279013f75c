// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hn::client {

class Replica;

// How the documents section names a person: the display name from the
// synced directory, or a neutral word when the directory does not hold
// them (guests do not receive the directory).
class PersonName {
public:
    static QString of(Replica &replica, const QString &userId);
};

} // namespace hn::client
