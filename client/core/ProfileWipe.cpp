// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/ProfileWipe.h"

#include "client/core/ConflictTable.h"
#include "client/core/OutboxTable.h"
#include "client/core/Replica.h"
#include "client/core/StatementCache.h"
#include "client/core/UploadQueue.h"
#include "common/Error.h"

#include <QDir>
#include <QFile>
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
    // Queued uploads; "staged" is the copy in the profile, replaced by
    // "file" (the name in the export's folder) once copied.
    QJsonArray uploads;
    int rejected = 0;
};

QJsonObject toJson(const UploadEntry &entry, const QString &staged) {
    const FileVersion &v = entry.version;
    QJsonObject out{
        {QStringLiteral("version_id"), v.versionId},
        {QStringLiteral("document_id"), v.documentId},
        {QStringLiteral("file_name"), v.fileName},
        {QStringLiteral("mime_type"), v.mimeType},
        {QStringLiteral("comment"), v.comment},
        {QStringLiteral("size_bytes"), v.size},
        {QStringLiteral("sha256_hex"), v.sha256},
        {QStringLiteral("restore"), entry.restore},
        {QStringLiteral("override_checkout"), entry.overrideCheckout},
        {QStringLiteral("state"), entry.state == UploadEntry::State::Stopped
                                      ? QStringLiteral("stopped")
                                      : QStringLiteral("pending")},
        {QStringLiteral("attempts"), entry.attempts},
        {QStringLiteral("created_at"), entry.createdAt.toString(Qt::ISODateWithMs)},
    };
    if (!entry.errorCode.isEmpty()) {
        out.insert(QStringLiteral("error_code"), entry.errorCode);
        out.insert(QStringLiteral("error_message"), entry.errorMessage);
    }
    // A restore has no file of its own: the server still holds the bytes.
    if (!entry.restore)
        out.insert(QStringLiteral("staged"), staged);
    return out;
}

// A name for `fileName` in `folder` that is safe on every system and not
// taken yet ("Bericht.pdf", "Bericht (2).pdf", ...).
QString freeName(const QDir &folder, const QString &fileName) {
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]+"));
    QString name = fileName;
    name.replace(unsafe, QStringLiteral("_"));
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
        name = QStringLiteral("Datei");
    const QFileInfo info(name);
    const QString base = info.completeBaseName().isEmpty() ? name : info.completeBaseName();
    const QString suffix = info.completeBaseName().isEmpty() || info.suffix().isEmpty()
                               ? QString()
                               : QStringLiteral(".") + info.completeSuffix();
    QString candidate = name;
    for (int n = 2; folder.exists(candidate); ++n)
        candidate = QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(suffix);
    return candidate;
}

// Everything unsynced, read while the replica is open; the replica is
// closed again when this returns.
Export readUnsynced(const ProfileLocation &profile, const common::Clock &clock) {
    Export out;
    if (!QFileInfo::exists(profile.replicaPath()))
        return out;
    Replica replica(profile.replicaPath(), clock);
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
    // Files chosen for upload that have not reached the server: their
    // copies in the profile are the only ones known to be the chosen file.
    UploadQueue uploads(replica.database(), profile.fileCacheDirectory(), clock);
    for (const UploadEntry &entry : uploads.entries())
        out.uploads.append(toJson(entry, uploads.stagedPath(entry.version.versionId)));
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

void ProfileWipe::copyQueuedFiles(QJsonArray &uploads, const QString &folder) const {
    const QDir dir(folder);
    for (qsizetype i = 0; i < uploads.size(); ++i) {
        QJsonObject entry = uploads.at(i).toObject();
        const QString staged = entry.take(QStringLiteral("staged")).toString();
        if (!staged.isEmpty()) {
            if (!QFileInfo::exists(staged)) {
                // Nothing to save; the entry still says which file it was.
                entry.insert(QStringLiteral("file_missing"), true);
            } else {
                if (!QDir().mkpath(folder))
                    throw common::Error::unavailable(
                        QStringLiteral("cannot create %1 for the files waiting for upload; the "
                                       "local data was kept")
                            .arg(folder));
                const QString name =
                    freeName(dir, entry.value(QStringLiteral("file_name")).toString());
                if (!QFile::copy(staged, dir.filePath(name)))
                    throw common::Error::unavailable(
                        QStringLiteral("cannot copy %1 waiting for upload to %2; the local data "
                                       "was kept")
                            .arg(staged, dir.filePath(name)));
                entry.insert(QStringLiteral("file"), name);
            }
        }
        uploads.replace(i, entry);
    }
}

WipeReport ProfileWipe::run(const QString &serverAddress, const QString &exportDirectory) {
    Export unsynced = readUnsynced(m_profile, m_clock);
    WipeReport report;
    report.pendingChanges = int(unsynced.changes.size());
    report.rejectedChanges = unsynced.rejected;
    report.conflicts = int(unsynced.conflicts.size());
    report.setAsideItems = int(unsynced.setAside.size());
    report.queuedUploads = int(unsynced.uploads.size());

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
        // The folder is named after the export, so the two belong together.
        const QString folder = report.exportPath.chopped(int(QStringLiteral(".json").size()))
                               + QStringLiteral("-Dateien");
        copyQueuedFiles(unsynced.uploads, folder);
        if (QFileInfo::exists(folder))
            report.filesPath = folder;
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
            {QStringLiteral("uploads"), unsynced.uploads},
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
