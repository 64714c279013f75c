// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/FileCache.h"
#include "client/core/FileTransfers.h"
#include "client/core/Replica.h"
#include "client/core/ServerEndpoint.h"
#include "client/core/SyncEngine.h"
#include "client/ui/shell/Permissions.h"
#include "common/Clock.h"
#include "common/EntityType.h"
#include "common/Record.h"
#include "common/User.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

namespace hn::client {

// One open profile, as the window's parts see it: the replica (this
// thread's connection), the file cache, the sync engine and file transfers
// (each on its own thread), and what the person may do. Every part of the
// window gets the Workspace and nothing else, so the parts never know how
// the session was opened (login, offline start, a test).
//
// Local edits go through create/update/remove here rather than the replica
// directly: they tell the engine to push and every list to refresh.
class Workspace : public QObject {
    Q_OBJECT
public:
    struct Options {
        ServerEndpoint endpoint;
        // Empty: opened offline without a session (the engine stays
        // stopped); the replica and cached files can still be read and
        // edited, and changes wait in the outbox.
        QString token;
        // The profile directory (ProfileLocation::directory()).
        QString profileDirectory;
        // The person signed in (remembered in the profile for offline use).
        common::User user;
        // Passed to the engine (tests shorten the retries).
        SyncEngine::Options engine;
        FileTransfers::Options transfers;
    };

    Workspace(Options options, const common::Clock &clock, QObject *parent = nullptr);
    ~Workspace() override;

    // Starts the engine and the transfers (when there is a token).
    void start();
    // Stops both; blocks until their threads ended. Called by the destructor.
    void stop();

    Replica &replica() { return *m_replica; }
    FileCache &fileCache() { return *m_fileCache; }
    // nullptr when opened without a session.
    SyncEngine *engine() { return m_engine.get(); }
    FileTransfers *transfers() { return m_transfers.get(); }
    const Permissions &permissions() const { return m_permissions; }
    const common::User &user() const { return m_options.user; }
    const Options &options() const { return m_options; }
    const common::Clock &clock() const { return m_clock; }

    // Local edits (Replica::create/update/remove plus a push and a refresh).
    // Throw common::Error like the replica (InvalidArgument names the field).
    common::Record create(common::EntityType type, const QString &spaceId,
                          const QJsonObject &fields);
    void update(const QString &recordId, const QJsonObject &changedFields);
    void remove(const QString &recordId);

    // The account changed on the server (WhoAmI: a new role, status or
    // name): what the person may do is worked out again and every part of
    // the window told, without closing the window (open editors stay).
    void setUser(const common::User &user);

public Q_SLOTS:
    // Re-reads permissions and tells every list to refresh (after a sync
    // round that pulled records, a local edit, a resolved conflict).
    void refresh();

Q_SIGNALS:
    // The records the person sees may have changed.
    void recordsChanged();
    void permissionsChanged();

private:
    void localChange();

    Options m_options;
    const common::Clock &m_clock;
    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<FileCache> m_fileCache;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<FileTransfers> m_transfers;
    Permissions m_permissions;
    // The buckets held after the last round (sorted).
    QStringList m_heldBuckets;
};

} // namespace hn::client
