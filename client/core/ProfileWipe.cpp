// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/ProfileWipe.h"

#include "client/core/ConflictTable.h"
#include "client/core/OutboxTable.h"
#include "client/core/Replica.h"
#include "client/core/StatementCache.h"
#include "common/Error.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace hn::client {

namespace {

struct Export {
    QJsonArray changes;
    QJsonArray conflicts;
    QJsonArray setAside;
    int rejected = 0;
};

// Everything unsynced, read while the replica is open; the replica is
// closed again when this returns.
Export readUnsynced(const QString &replicaPath, const common::Clock &clock) {
    Export out;
    if (!QFileInfo::exists(replicaPath))
        return out;
    Replica replica(replicaPath, clock);
    QList<StoredEntry> entries;
    {
        StatementCache sql(replica.database().connection());
        // Every outbox entry is work the server has not accepted yet:
        // pending, in flight (its answer never came) or rejected.
        entries = OutboxTable(sql).select(QStringLiteral("ORDER BY id"), {},
                                          QStringLiteral("export unsynced changes"));
    }
    for (const StoredEntry &stored : entries) {
        QJsonObject change = OutboxTable::toJson(stored);
        // The record as the person last saw it, so the work can be redone
        // by hand from the file alone.
        if (const auto record = replica.record(stored.entry.mutation.recordId))
            change.insert(QStringLiteral("local_record"), record->fields);
        out.changes.append(change);
        if (stored.entry.state == OutboxEntry::State::Rejected)
            ++out.rejected;
    }
    for (const Conflict &conflict : replica.conflicts()) {
        // Which record it concerns and how the person last saw it: the
        // conflict alone names only the field.
        QJsonObject item = ConflictTable::toJson(conflict);
        item.insert(QStringLiteral("record_id"), conflict.recordId);
        item.insert(QStringLiteral("type"), common::toString(conflict.type));
        item.insert(QStringLiteral("bucket"), conflict.bucket);
        if (const auto record = replica.record(conflict.recordId))
            item.insert(QStringLiteral("local_record"), record->fields);
        out.conflicts.append(item);
    }
    out.setAside = QJsonDocument::fromJson(replica.exportSetAside())
                       .object()
                       .value(QStringLiteral("items"))
                       .toArray();
    return out;
}

} // namespace

ProfileWipe::ProfileWipe(const ProfileLocation &profile, const common::Clock &clock)
    : m_profile(profile)
    , m_clock(clock) {}

QString ProfileWipe::defaultExportDirectory() {
    QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (directory.isEmpty())
        directory = QDir::homePath();
    return directory;
}

QString ProfileWipe::exportFilePath(const QString &serverAddress, const QString &directory) const {
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9.-]+"));
    QString server = serverAddress;
    server.remove(QRegularExpression(QStringLiteral("^[a-z]+://")));
    server.replace(unsafe, QStringLiteral("-"));
    const QString stem =
        QStringLiteral("Helfernetz-Sicherung-%1-%2")
            .arg(server, m_clock.now().toLocalTime().toString(QStringLiteral("yyyy-MM-dd")));
    const QDir dir(directory);
    QString path = dir.filePath(stem + QStringLiteral(".json"));
    // Never overwrite an earlier export of the same day.
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("%1-%2.json").arg(stem).arg(n));
    return path;
}

WipeReport ProfileWipe::run(const QString &serverAddress, const QString &exportDirectory) {
    const Export unsynced = readUnsynced(m_profile.replicaPath(), m_clock);
    WipeReport report;
    report.pendingChanges = int(unsynced.changes.size());
    report.rejectedChanges = unsynced.rejected;
    report.conflicts = int(unsynced.conflicts.size());
    report.setAsideItems = int(unsynced.setAside.size());

    if (report.total() > 0) {
        const QString directory =
            exportDirectory.isEmpty() ? defaultExportDirectory() : exportDirectory;
        if (!QDir().mkpath(directory)) {
            throw common::Error::unavailable(
                QStringLiteral("cannot create %1 for the export of unsynced work; the local "
                               "data was kept")
                    .arg(directory));
        }
        report.exportPath = exportFilePath(serverAddress, directory);
        const QJsonObject document{
            {QStringLiteral("format"), QStringLiteral("helfernetz-wipe-export")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("server"), serverAddress},
            {QStringLiteral("exported_at"), m_clock.now().toString(Qt::ISODateWithMs)},
            {QStringLiteral("reason"),
             QStringLiteral("This device was revoked by an administrator; its local copy of "
                            "the data was deleted. These changes had not reached the server.")},
            {QStringLiteral("changes"), unsynced.changes},
            {QStringLiteral("conflicts"), unsynced.conflicts},
            {QStringLiteral("set_aside"), unsynced.setAside},
        };
        QSaveFile out(report.exportPath);
        if (!out.open(QIODevice::WriteOnly)
            || out.write(QJsonDocument(document).toJson(QJsonDocument::Indented)) < 0
            || !out.commit()) {
            throw common::Error::unavailable(
                QStringLiteral("cannot write the export %1 (%2); the local data was kept")
                    .arg(report.exportPath, out.errorString()));
        }
    }

    QDir profile(m_profile.directory());
    if (profile.exists() && (!profile.removeRecursively() || profile.exists())) {
        throw common::Error::failedPrecondition(
            QStringLiteral("cannot delete the profile %1: close the profile (stop syncing, "
                           "close its windows) and try again")
                .arg(m_profile.directory()));
    }
    return report;
}

} // namespace hn::client
