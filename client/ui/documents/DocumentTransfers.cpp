// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/documents/DocumentTransfers.h"

#include "client/core/UploadQueue.h"
#include "client/ui/shell/Workspace.h"
#include "common/Error.h"

#include <QFileInfo>

namespace hn::client {

namespace {

int percentOf(qint64 done, qint64 total) {
    if (total <= 0)
        return 100;
    return int(std::clamp<qint64>(done * 100 / total, 0, 100));
}

} // namespace

DocumentTransfers::DocumentTransfers(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_queue(std::make_unique<UploadQueue>(workspace.replica().database(),
                                            workspace.fileCache().directory(), workspace.clock())) {
    if (FileTransfers *transfers = m_workspace.transfers()) {
        // Signals come from the transfer thread; queued to this one.
        connect(transfers, &FileTransfers::progress, this, &DocumentTransfers::onProgress);
        connect(transfers, &FileTransfers::uploadFinished, this, &DocumentTransfers::onUploadEnded);
        connect(transfers, &FileTransfers::uploadStopped, this,
                [this](const QString &versionId, const QString &) { onUploadEnded(versionId); });
        connect(transfers, &FileTransfers::transferFailed, this, &DocumentTransfers::onFailed);
        connect(transfers, &FileTransfers::fileReady, this, [this](const QString &versionId) {
            if (m_downloadPercent.remove(versionId) > 0)
                Q_EMIT downloadProgress(versionId, -1);
        });
    }
    connect(&m_workspace, &Workspace::recordsChanged, this, &DocumentTransfers::refresh);
    refresh();
}

DocumentTransfers::~DocumentTransfers() = default;

bool DocumentTransfers::isOnline() const {
    const FileTransfers *transfers = m_workspace.transfers();
    return transfers && transfers->isOnline();
}

QString DocumentTransfers::upload(const QString &documentId, const QString &path,
                                  const QString &comment) {
    const QFileInfo file(path);
    if (!file.isFile() || !file.isReadable()) {
        throw common::Error::invalidArgument(
            QStringLiteral("file"),
            tr("%1 cannot be read: it is not a readable file.").arg(file.filePath()));
    }
    QString versionId;
    if (FileTransfers *transfers = m_workspace.transfers()) {
        versionId = transfers->enqueueUpload(documentId, path, file.fileName(), {}, comment);
        UploadEntry entry;
        entry.version.versionId = versionId;
        entry.version.documentId = documentId;
        entry.version.fileName = file.fileName();
        entry.version.comment = comment;
        entry.version.size = file.size();
        entry.createdAt = m_workspace.clock().now();
        m_handedOver.insert(versionId, entry);
    } else {
        versionId =
            m_queue->enqueue(documentId, path, file.fileName(), {}, comment).version.versionId;
    }
    m_documentOf.insert(versionId, documentId);
    refresh();
    return versionId;
}

QString DocumentTransfers::restore(const FileVersion &old, const QString &comment) {
    QString versionId;
    if (FileTransfers *transfers = m_workspace.transfers()) {
        versionId = transfers->enqueueRestore(old, comment);
        UploadEntry entry;
        entry.version = old;
        entry.version.versionId = versionId;
        entry.version.comment = comment;
        entry.restore = true;
        entry.createdAt = m_workspace.clock().now();
        m_handedOver.insert(versionId, entry);
    } else {
        versionId = m_queue->enqueueRestore(old, comment).version.versionId;
    }
    m_documentOf.insert(versionId, old.documentId);
    refresh();
    return versionId;
}

void DocumentTransfers::retry(const QString &versionId, bool overrideCheckout) {
    if (FileTransfers *transfers = m_workspace.transfers())
        transfers->retryUpload(versionId, overrideCheckout);
    else
        m_queue->retry(versionId, overrideCheckout);
    // The transfer thread changes the entry; until it has, show it waiting.
    if (std::optional<UploadEntry> entry = m_queue->entry(versionId)) {
        entry->state = UploadEntry::State::Pending;
        entry->errorCode.clear();
        entry->errorMessage.clear();
        m_handedOver.insert(versionId, *entry);
    }
    refresh();
}

void DocumentTransfers::discard(const QString &versionId) {
    const QString documentId = documentOf(versionId);
    if (FileTransfers *transfers = m_workspace.transfers())
        transfers->discardUpload(versionId);
    else
        m_queue->discard(versionId);
    m_handedOver.remove(versionId);
    m_discarded.insert(versionId);
    refresh();
    Q_EMIT changed(documentId);
}

QList<UploadEntry> DocumentTransfers::uploadsOf(const QString &documentId) {
    QList<UploadEntry> out;
    QSet<QString> listed;
    for (const UploadEntry &entry : m_queue->entries()) {
        if (entry.version.documentId != documentId || m_discarded.contains(entry.version.versionId))
            continue;
        const auto handed = m_handedOver.constFind(entry.version.versionId);
        out << (handed != m_handedOver.cend() ? handed.value() : entry);
        listed.insert(entry.version.versionId);
    }
    for (const UploadEntry &entry : std::as_const(m_handedOver)) {
        if (entry.version.documentId == documentId && !listed.contains(entry.version.versionId))
            out << entry;
    }
    return out;
}

bool DocumentTransfers::hasUploads(const QString &documentId) const {
    return m_queuedCount.value(documentId) > 0;
}

bool DocumentTransfers::hasStoppedUploads(const QString &documentId) const {
    return m_stoppedDocuments.contains(documentId);
}

int DocumentTransfers::uploadPercent(const QString &documentId) const {
    return m_uploadPercent.value(documentId, -1);
}

int DocumentTransfers::downloadPercent(const QString &versionId) const {
    return m_downloadPercent.value(versionId, -1);
}

void DocumentTransfers::refresh() {
    QList<UploadEntry> entries;
    try {
        entries = m_queue->entries();
    } catch (const common::Error &error) {
        Q_EMIT failed(QString(), error.describe());
        return;
    }
    QSet<QString> queued;
    m_queuedCount.clear();
    m_stoppedDocuments.clear();
    for (const UploadEntry &entry : std::as_const(entries)) {
        const QString &versionId = entry.version.versionId;
        if (m_discarded.contains(versionId))
            continue;
        queued.insert(versionId);
        m_documentOf.insert(versionId, entry.version.documentId);
        const auto handed = m_handedOver.constFind(versionId);
        // A retry handed over keeps showing as waiting until the queue says so.
        const bool waitingForRetry = handed != m_handedOver.cend()
                                     && entry.state == UploadEntry::State::Stopped
                                     && handed->state == UploadEntry::State::Pending;
        if (handed != m_handedOver.cend() && !waitingForRetry)
            m_handedOver.erase(handed);
        ++m_queuedCount[entry.version.documentId];
        if (entry.state == UploadEntry::State::Stopped && !waitingForRetry)
            m_stoppedDocuments.insert(entry.version.documentId);
    }
    for (const UploadEntry &entry : std::as_const(m_handedOver)) {
        if (!queued.contains(entry.version.versionId))
            ++m_queuedCount[entry.version.documentId];
    }
    // Discards the transfer thread has carried out.
    for (auto it = m_discarded.begin(); it != m_discarded.end();) {
        bool stillQueued = false;
        for (const UploadEntry &entry : std::as_const(entries))
            stillQueued = stillQueued || entry.version.versionId == *it;
        it = stillQueued ? std::next(it) : m_discarded.erase(it);
    }
    Q_EMIT changed(QString());
}

QString DocumentTransfers::documentOf(const QString &versionId) {
    const auto known = m_documentOf.constFind(versionId);
    if (known != m_documentOf.cend())
        return known.value();
    QString documentId;
    try {
        if (const std::optional<UploadEntry> entry = m_queue->entry(versionId))
            documentId = entry->version.documentId;
        else if (const std::optional<FileVersion> version =
                     m_workspace.fileCache().versionRecord(versionId))
            documentId = version->documentId;
    } catch (const common::Error &) {
        return {};
    }
    if (!documentId.isEmpty())
        m_documentOf.insert(versionId, documentId);
    return documentId;
}

void DocumentTransfers::onProgress(const QString &id, FileTransfers::Kind kind, qint64 done,
                                   qint64 total) {
    const int percent = percentOf(done, total);
    if (kind == FileTransfers::Kind::Download) {
        m_downloadPercent.insert(id, percent);
        Q_EMIT downloadProgress(id, percent);
        return;
    }
    const QString documentId = documentOf(id);
    if (documentId.isEmpty())
        return;
    const int before = m_uploadPercent.value(documentId, -1);
    m_uploadPercent.insert(documentId, percent);
    if (before != percent)
        Q_EMIT changed(documentId);
}

void DocumentTransfers::onUploadEnded(const QString &versionId) {
    const QString documentId = documentOf(versionId);
    m_uploadPercent.remove(documentId);
    m_handedOver.remove(versionId);
    refresh();
    Q_EMIT changed(documentId);
}

void DocumentTransfers::onFailed(const QString &versionId, FileTransfers::Kind kind,
                                 const QString &reason) {
    const QString documentId = documentOf(versionId);
    if (kind == FileTransfers::Kind::Download) {
        m_downloadPercent.remove(versionId);
        Q_EMIT downloadProgress(versionId, -1);
    } else {
        // The file could not be queued (unreadable, disk full): nothing is
        // waiting, so the person must hear of it.
        m_uploadPercent.remove(documentId);
        m_handedOver.remove(versionId);
        refresh();
    }
    Q_EMIT failed(documentId, reason);
}

} // namespace hn::client
