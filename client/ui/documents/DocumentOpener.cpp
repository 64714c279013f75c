// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/documents/DocumentOpener.h"

#include "client/ui/shell/Workspace.h"
#include "common/Error.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

namespace hn::client {

namespace {

// The name a copy gets: the uploaded name without any directory part.
QString safeFileName(const FileVersion &version) {
    QString name = QFileInfo(version.fileName).fileName();
    name.replace(u'\\', u'_');
    return name.isEmpty() ? version.versionId : name;
}

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

QString openedCopiesDirectory() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
        .filePath(QStringLiteral("helfernetz-open"));
}

// Copies handed out for opening are left for the program that shows them;
// a day later nobody needs them (a copy still open elsewhere may refuse to
// go and is tried again next time).
void removeOldCopies(const QDateTime &now) {
    const QFileInfoList folders =
        QDir(openedCopiesDirectory()).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &folder : folders) {
        if (folder.lastModified().secsTo(now) > 24 * 60 * 60)
            QDir(folder.absoluteFilePath()).removeRecursively();
    }
}

} // namespace

DocumentOpener::DocumentOpener(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace) {
    removeOldCopies(m_workspace.clock().now());
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

void DocumentOpener::open(const FileVersion &version) {
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
    const QString folder = QDir(openedCopiesDirectory()).filePath(request.version.versionId);
    const QString copy = QDir(folder).filePath(safeFileName(request.version));
    if (!QDir().mkpath(folder) || !copyOver(cachedPath, copy, error)) {
        Q_EMIT failed(tr("%1 could not be prepared for opening in %2: %3")
                          .arg(request.version.fileName, QDir::toNativeSeparators(folder), error));
        return;
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
