// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/AdminClient.h"

#include <QCoreApplication>

namespace hn::server {

// A space as people name it on the command line: by id, or by its name
// (case-insensitive), archived spaces included.
class SpaceReference {
    Q_DECLARE_TR_FUNCTIONS(SpaceReference)
public:
    // Throws common::Error(NotFound) for no match, UsageError when a name
    // fits several spaces (their ids are listed).
    static common::SpaceSummary resolve(client::AdminClient &admin, const QString &idOrName);
    // "--space Name" or "--space Name:level" (default reader), each resolved.
    static QList<client::SpaceGrant> grants(client::AdminClient &admin, const QStringList &values);
};

} // namespace hn::server
