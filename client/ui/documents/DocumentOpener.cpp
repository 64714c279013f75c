// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/documents/DocumentOpener.h"

#include "client/core/FileCache.h"
#include "client/ui/documents/DocumentFileName.h"
#include "client/ui/shell/Workspace.h"
#include "common/Error.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace hn::client {

namespace {

// Replaces `target` with a copy of `source`; false with the reason in
// `error` when it cannot.
bool copyOver(const QString &source, const QString &target, QString &error) {
    if (QFileInfo::exists(target)) {
        QFile existing(target);
        existing.setPermissions(existing.permissions() | QFileDevice::WriteOwner);
        if (!existing.remove()) {
            error = existing.errorString();
            return false;
        }
    }
    QFile file(source);
    if (!file.copy(target)) {
        error = file.errorString();
        return false;
    }
    return true;
}

// Whether `path` already holds this version's file (a copy opened before,
// perhaps still open in a program that locks it).
bool holdsVersion(const QString &path, const FileVersion &version) {
    const QFileInfo info(path);
    return info.isFile() && info.size() == version.size
           && FileCache::sha256Of(path) == version.sha256;
}

QString copiesDirectoryOf(const Workspace &workspace) {
    const QString profile = workspace.options().profileDirectory;
    if (profile.isEmpty()) // never a relative "open" in the working directory
        return QDir(QDir::tempPath()).filePath(QStringLiteral("helfernetz-open"));
    return QDir(profile).filePath(QStringLiteral("open"));
}

} // namespace

DocumentOpener::DocumentOpener(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_copiesDirectory(copiesDirectoryOf(workspace)) {
    // Copies left by a session that ended without closing (a crash).
    QDir(m_copiesDirectory).removeRecursively();
    if (FileTransfers *transfers = m_workspace.transfers()) {
        connect(transfers, &FileTransfers::fileReady, this, &DocumentOpener::deliver);
        connect(transfers, &FileTransfers::transferFailed, this,
                [this](const QString &versionId, FileTransfers::Kind kind, const QString &reason) {
                    if (kind != FileTransfers::Kind::Download || !m_waiting.contains(versionId))
                        return;
                    const QList<Request> requests = m_waiting.take(versionId);
                    Q_EMIT failed(tr("%1 could not be downloaded: %2")
                                      .arg(requests.first().version.fileName, reason));
                });
    }
}

DocumentOpener::~DocumentOpener() {
    // The copies are the profile's data: they go with the session (a copy
    // a program still holds open may stay until the next start).
    QDir(m_copiesDirectory).removeRecursively();
}

void DocumentOpener::open(const FileVersion &version) {
    if (DocumentFileName::isRunnable(version.fileName)) {
        Q_EMIT openRefused(version,
                           tr("%1 is a program or script. Opening it would run it on this "
                              "computer, so Helfernetz does not open it. Use “Save as…” to keep "
                              "a copy, and open it only if you trust where it came from.")
                               .arg(version.fileName));
        return;
    }
    request(Request{true, {}, version});
}

void DocumentOpener::saveAs(const FileVersion &version, const QString &targetPath) {
    request(Request{false, targetPath, version});
}

void DocumentOpener::request(const Request &request) {
    const QString &versionId = request.version.versionId;
    FileTransfers *transfers = m_workspace.transfers();
    if (!transfers) {
        // Opened without a session: only what this device holds.
        std::optional<QString> cached;
        try {
            cached = m_workspace.fileCache().fileFor(versionId);
        } catch (const common::Error &error) {
            Q_EMIT failed(error.describe());
            return;
        }
        if (!cached) {
            Q_EMIT failed(tr("%1 is not on this device. Log in to download it.")
                              .arg(request.version.fileName));
            return;
        }
        carryOut(request, *cached);
        return;
    }
    m_waiting[versionId].append(request);
    if (transfers->isOnline())
        Q_EMIT status(tr("Getting %1 …").arg(request.version.fileName));
    else if (request.open)
        Q_EMIT status(tr("%1 is not on this device yet; it will open when the connection is back.")
                          .arg(request.version.fileName));
    else
        Q_EMIT status(tr("%1 is not on this device yet; it will be saved when the connection is "
                         "back.")
                          .arg(request.version.fileName));
    // The transfer thread checks the cache (and the file's hash) and
    // downloads only what is missing.
    transfers->requestFile(versionId);
}

void DocumentOpener::deliver(const QString &versionId, const QString &cachedPath) {
    const QList<Request> requests = m_waiting.take(versionId);
    for (const Request &request : requests)
        carryOut(request, cachedPath);
}

void DocumentOpener::carryOut(const Request &request, const QString &cachedPath) {
    QString error;
    if (!request.open) {
        if (!copyOver(cachedPath, request.target, error)) {
            Q_EMIT failed(tr("%1 could not be saved as %2: %3")
                              .arg(request.version.fileName, request.target, error));
            return;
        }
        Q_EMIT status(tr("Saved %1.").arg(QDir::toNativeSeparators(request.target)));
        Q_EMIT delivered(request.version.versionId, request.target);
        return;
    }
    const QString folder = QDir(m_copiesDirectory).filePath(request.version.versionId);
    const QString name =
        DocumentFileName::safe(request.version.fileName, request.version.versionId);
    QString copy = QDir(folder).filePath(name);
    if (!QDir().mkpath(folder)) {
        Q_EMIT failed(tr("%1 could not be prepared for opening in %2.")
                          .arg(request.version.fileName, QDir::toNativeSeparators(folder)));
        return;
    }
    if (!holdsVersion(copy, request.version) && !copyOver(cachedPath, copy, error)) {
        // The copy opened before is locked by the program showing it (and
        // not this version's file): a fresh folder next to it.
        int attempt = 2;
        while (QFileInfo::exists(QDir(folder).filePath(QString::number(attempt))))
            ++attempt;
        const QString fresh = QDir(folder).filePath(QString::number(attempt));
        copy = QDir(fresh).filePath(name);
        if (!QDir().mkpath(fresh) || !copyOver(cachedPath, copy, error)) {
            Q_EMIT failed(
                tr("%1 could not be prepared for opening in %2: %3")
                    .arg(request.version.fileName, QDir::toNativeSeparators(fresh), error));
            return;
        }
    }
    QFile(copy).setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadUser);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(copy))) {
        Q_EMIT failed(tr("No program could open %1. Use “Save as…” to keep a copy.")
                          .arg(request.version.fileName));
        return;
    }
    Q_EMIT status(tr("Opened %1.").arg(request.version.fileName));
    Q_EMIT delivered(request.version.versionId, copy);
}

} // namespace hn::client
