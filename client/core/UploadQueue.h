// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/ReplicaDatabase.h"
#include "client/core/UploadEntry.h"
#include "common/Clock.h"
#include "common/Error.h"

#include <QList>
#include <QString>
#include <optional>

namespace hn::client {

// Files waiting to be uploaded, kept in the replica so they survive a
// restart (and a crash: an entry is written with full durability).
//
// Enqueueing copies the file into the profile's uploads/ directory and
// hashes it in the same pass. The copy is what is sent: a person may edit
// or delete the original right after choosing it, and the upload must
// still send exactly the file that was chosen (and still match the hash
// the server checks); a document created offline may wait days for its
// upload. After the upload the copy becomes the version's cached file, so
// it costs no extra space in the end.
//
// An entry waits while its document has never reached the server (its
// create is still in the outbox). Refusals a retry cannot fix stop the
// entry with the reason; the person retries it (with override of a
// check-out) or discards it. Nothing is dropped silently.
class UploadQueue {
public:
    // Removes copies in uploads/ that have no entry (left by a crash during
    // enqueue) and are older than kOrphanGraceSeconds.
    UploadQueue(ReplicaDatabase &database, QString cacheDirectory, const common::Clock &clock);

    static constexpr int kOrphanGraceSeconds = 60;

    // Queues `sourcePath` as a new version of the document. An empty
    // `versionId` gets a new UUID; an empty `mimeType` is guessed from the
    // name and content. Throws InvalidArgument ("file") when the file cannot
    // be read, Unavailable when the copy cannot be written.
    UploadEntry enqueue(const QString &documentId, const QString &sourcePath,
                        const QString &fileName = {}, const QString &mimeType = {},
                        const QString &comment = {}, const QString &versionId = {});
    // Queues a restore of `old` (a version of the same document) as its new
    // current version.
    UploadEntry enqueueRestore(const FileVersion &old, const QString &comment = {},
                               const QString &versionId = {});

    QList<UploadEntry> entries();
    std::optional<UploadEntry> entry(const QString &versionId);
    // The oldest pending entry whose document is on the server.
    std::optional<UploadEntry> nextReady();
    // Pending entries waiting for their document's create to be pushed.
    int waitingForDocument();

    // Where the entry's copy of the file is.
    QString stagedPath(const QString &versionId) const;

    // A transient failure (network): the entry stays pending.
    void noteFailure(const QString &versionId, const common::Error &error);
    void stop(const QString &versionId, const common::Error &error);
    void retry(const QString &versionId, bool overrideCheckout);
    // Removes the entry and its copy; throws Unavailable (keeping the
    // entry) if the copy cannot be removed.
    void discard(const QString &versionId);
    // The upload is done: removes the entry (the caller has moved the copy
    // into the cache).
    void finish(const QString &versionId);

private:
    UploadEntry insert(UploadEntry entry);
    void sweepOrphans();

    ReplicaDatabase &m_database;
    QString m_uploadDirectory;
    const common::Clock &m_clock;
};

} // namespace hn::client
