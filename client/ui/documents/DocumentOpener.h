// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/FileVersion.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace hn::client {

class Workspace;

// Opens a version's file with the program the system has for it, or saves
// a copy where the person chose, downloading it first when it is not on
// this device. A request made while offline waits and is carried out when
// the file arrives (FileTransfers::fileReady).
//
// "Open" hands out a copy with the version's file name (made safe by
// DocumentFileName) in a folder of its own under the profile directory
// (`<profile>/open/<version id>/`, removed when the session closes and with
// the profile), never the cached file itself: the cache names files by
// version id (no extension a program could be chosen by), and a person
// editing the opened file must not damage the cache, which would throw the
// file away at its next check. Programs and scripts are not opened at all. The copy is marked
// read-only so that the program says so; changes go back through "Upload new version".
class DocumentOpener : public QObject {
    Q_OBJECT
public:
    explicit DocumentOpener(Workspace &workspace, QObject *parent = nullptr);
    ~DocumentOpener() override;

    // Where opened copies are put.
    const QString &copiesDirectory() const { return m_copiesDirectory; }

    void open(const FileVersion &version);
    void saveAs(const FileVersion &version, const QString &targetPath);
    // Whether a request for this version waits for its file.
    bool isWaiting(const QString &versionId) const { return m_waiting.contains(versionId); }

Q_SIGNALS:
    // What happens, for the person ("Downloading …", "… opens when …").
    void status(const QString &text);
    // A request could not be carried out; the text says why.
    void failed(const QString &text);
    // Open was refused because the file is a program or script
    // (DocumentFileName::isRunnable); the text says why. Save as still works.
    void openRefused(const FileVersion &version, const QString &text);
    // The file was handed to the system (Open) or written (Save as).
    void delivered(const QString &versionId, const QString &path);

private:
    struct Request {
        bool open = true;
        QString target; // Save as
        FileVersion version;
    };
    void request(const Request &request);
    void deliver(const QString &versionId, const QString &cachedPath);
    void carryOut(const Request &request, const QString &cachedPath);

    Workspace &m_workspace;
    QString m_copiesDirectory;
    QHash<QString, QList<Request>> m_waiting; // version id -> requests
};

} // namespace hn::client
