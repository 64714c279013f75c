// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/ProfileLocation.h"
#include "common/Clock.h"

#include <QJsonArray>
#include <QString>

namespace hn::client {

// What a wipe saved and where, so the UI can tell the person.
struct WipeReport {
    // The export file; empty when there was no unsynced work to save.
    QString exportPath;
    int pendingChanges = 0;  // outbox entries not yet accepted by the server
    int rejectedChanges = 0; // of those, refused by the server
    int conflicts = 0;       // unresolved, with both sides
    int setAsideItems = 0;
    // Files queued for upload (UploadQueue), pending or stopped; their
    // copies are in `filesPath`.
    int queuedUploads = 0;
    // The folder next to the export holding the queued files; empty when
    // there were none.
    QString filesPath;
    int total() const { return pendingChanges + conflicts + setAsideItems + queuedUploads; }
};

// The remote wipe of one profile (admin.proto, RevokeDevice): first the
// unsynced local work (outbox entries, unresolved conflicts with both
// sides, set-aside items, queued uploads) is written to a JSON file the
// person can read outside the profile, with the files still waiting for
// upload copied into a folder next to it (<export>-Dateien/), then the
// profile directory (replica, cached files, lease) is deleted. Nothing is
// deleted unless the export and the file copies were written.
//
// The caller closes the profile first (stop the SyncEngine, drop the UI's
// Replica); ProfileWipe opens the replica only to read it.
class ProfileWipe {
public:
    ProfileWipe(const ProfileLocation &profile, const common::Clock &clock);

    // Exports to `exportDirectory` (empty: the Documents folder, else the
    // home folder) as Helfernetz-Sicherung-<server>-<date>.json and deletes
    // the profile. Throws common::Error: Unavailable if the export cannot be
    // written (the profile is kept), FailedPrecondition if the profile
    // directory cannot be removed (still in use).
    WipeReport run(const QString &serverAddress, const QString &exportDirectory = {});

    // The default folder for exports.
    static QString defaultExportDirectory();

private:
    QString exportFilePath(const QString &serverAddress, const QString &directory) const;
    // Copies the staged files of the queued uploads into `folder` and
    // notes each copy's name in its entry ("file"). Throws Unavailable.
    void copyQueuedFiles(QJsonArray &uploads, const QString &folder) const;

    ProfileLocation m_profile;
    const common::Clock &m_clock;
};

} // namespace hn::client
