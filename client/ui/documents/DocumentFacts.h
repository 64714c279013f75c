// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Record.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <unordered_map>

namespace hn::client {

class DocumentTransfers;
class Workspace;

// What the document list shows beside a document's own fields: its current
// version (number, date, size), where its file is (on this device, kept
// offline, uploading) and who has it checked out. Worked out from the
// replica and the file cache when a row is painted, and remembered until
// clear() (the list calls it when records or transfers change).
class DocumentFacts {
    Q_DECLARE_TR_FUNCTIONS(hn::client::DocumentFacts)

public:
    enum class FileState {
        NoFile,
        NotOnDevice,
        OnDevice,
        Pinned,
        SpaceOffline,
        WaitingToUpload,
        Uploading,
        UploadStopped,
    };

    struct Facts {
        int versionNumber = 0; // 0: no file yet
        QDateTime versionDate;
        qint64 sizeBytes = -1;
        FileState fileState = FileState::NoFile;
        int uploadPercent = -1;
        QString holderName; // empty: not checked out
        QDateTime holderUntil;
    };

    DocumentFacts(Workspace &workspace, DocumentTransfers &transfers);

    const Facts &of(const common::Record &document);
    void clear() { m_facts.clear(); }

    // "Uploading 40 %", "On this device", ... for a list cell.
    static QString describe(const Facts &facts);
    // "3 (21.11.26 14:02)" or empty.
    static QString describeVersion(const Facts &facts);
    static QString describeHolder(const Facts &facts);

private:
    Facts compute(const common::Record &document);
    FileState fileState(const common::Record &document, bool hasFile, const QString &versionId);

    Workspace &m_workspace;
    DocumentTransfers &m_transfers;
    std::unordered_map<QString, Facts> m_facts;
};

} // namespace hn::client
