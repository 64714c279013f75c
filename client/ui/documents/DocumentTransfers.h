// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/FileTransfers.h"
#include "client/core/FileVersion.h"
#include "client/core/UploadEntry.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <memory>

namespace hn::client {

class UploadQueue;
class Workspace;

// The documents section's view of file transfers: queues uploads and
// restores (through FileTransfers, or straight into the upload queue when
// the profile was opened without a session, so an upload chosen offline is
// never refused), and keeps the progress of running transfers per document
// so the list and the detail can show it.
class DocumentTransfers : public QObject {
    Q_OBJECT
public:
    explicit DocumentTransfers(Workspace &workspace, QObject *parent = nullptr);
    ~DocumentTransfers() override;

    // Queue a new version; return its version id. Throw common::Error when
    // the file cannot be read or copied (field "file").
    QString upload(const QString &documentId, const QString &path, const QString &comment);
    QString restore(const FileVersion &old, const QString &comment);
    void retry(const QString &versionId, bool overrideCheckout);
    void discard(const QString &versionId);

    // The document's queued uploads (waiting or stopped), oldest first.
    QList<UploadEntry> uploadsOf(const QString &documentId);
    // Whether the document has queued uploads (cheap; for every list row).
    bool hasUploads(const QString &documentId) const;
    bool hasStoppedUploads(const QString &documentId) const;
    // Percent of the document's running upload; -1 when none runs.
    int uploadPercent(const QString &documentId) const;
    // Percent of a version's running download; -1 when none runs.
    int downloadPercent(const QString &versionId) const;
    // Whether files can move now (a session and the server answering).
    bool isOnline() const;

public Q_SLOTS:
    // Re-reads the queue (after a sync round, a restart of the transfers).
    void refresh();

Q_SIGNALS:
    // Something about the document's transfers changed (progress, queued,
    // finished, stopped).
    void changed(const QString &documentId);
    void downloadProgress(const QString &versionId, int percent);
    // An upload could not be queued or a download failed; the text says why.
    void failed(const QString &documentId, const QString &reason);

private:
    void onProgress(const QString &id, FileTransfers::Kind kind, qint64 done, qint64 total);
    void onUploadEnded(const QString &versionId);
    void onFailed(const QString &versionId, FileTransfers::Kind kind, const QString &reason);
    QString documentOf(const QString &versionId);

    Workspace &m_workspace;
    std::unique_ptr<UploadQueue> m_queue;
    QHash<QString, QString> m_documentOf;     // upload version id -> document id
    QHash<QString, UploadEntry> m_handedOver; // queued on the transfer thread, not yet in the queue
    QHash<QString, int> m_uploadPercent;      // document id -> percent
    QHash<QString, int> m_downloadPercent;    // version id -> percent
    QHash<QString, int> m_queuedCount;        // document id -> queued uploads
    QSet<QString> m_stoppedDocuments;
    QSet<QString> m_discarded; // discarded, until the queue shows it gone
};

} // namespace hn::client
