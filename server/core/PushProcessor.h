// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/Mutation.h"
#include "server/core/Caller.h"
#include "server/core/SyncSettings.h"

#include <QList>

namespace hn::server {

class ChangeNotifier;
class Database;

// The write side of sync (Sync.Push): applies a batch of mutations that
// the RPC layer has decoded and checked for form (field formats, known
// field names, unique mutation ids within the batch, batch size).
class PushProcessor {
public:
    PushProcessor(Database &database, const common::Clock &clock, ChangeNotifier &notifier,
                  SyncSettings settings = {});

    // Applies the mutations in order, all in one write transaction, and
    // answers each (same order). Per mutation: a replayed mutation_id of the
    // caller returns its stored result and changes nothing (another user's
    // id is rejected); then type, space, permission (common::Policy),
    // entity validation (common::RecordValidation) and the field merge
    // (common::FieldMerge); an accepted change gets its own seq, an audit
    // line and its stored result. A rejected or conflicting mutation does
    // not stop the ones after it. After the commit the moved buckets are
    // published to the ChangeNotifier. Throws common::Error only for
    // failures of the whole call (database), then nothing is applied.
    QList<common::MutationResult> push(const Caller &caller,
                                       const QList<common::Mutation> &mutations);

private:
    Database &m_database;
    const common::Clock &m_clock;
    ChangeNotifier &m_notifier;
    SyncSettings m_settings;
};

} // namespace hn::server
