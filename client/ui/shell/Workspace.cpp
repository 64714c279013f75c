// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/shell/Workspace.h"

#include "client/core/ProfileLocation.h"

namespace hn::client {

Workspace::Workspace(Options options, const common::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock) {
    const ProfileLocation profile = ProfileLocation::atDirectory(m_options.profileDirectory);
    const QString replicaPath = profile.replicaPath();
    const QString cacheDirectory = profile.fileCacheDirectory();
    m_replica = std::make_unique<Replica>(replicaPath, m_clock);
    m_fileCache = std::make_unique<FileCache>(m_replica->database(), cacheDirectory, m_clock);

    if (!m_options.token.isEmpty()) {
        SyncEngine::Options engine = m_options.engine;
        engine.endpoint = m_options.endpoint;
        engine.token = m_options.token;
        engine.replicaPath = replicaPath;
        m_engine = std::make_unique<SyncEngine>(engine, m_clock);

        FileTransfers::Options transfers = m_options.transfers;
        transfers.endpoint = m_options.endpoint;
        transfers.token = m_options.token;
        transfers.replicaPath = replicaPath;
        transfers.cacheDirectory = cacheDirectory;
        transfers.online = false; // until the engine has reached the server
        m_transfers = std::make_unique<FileTransfers>(transfers, m_clock);

        // Files move only while the server answers; a finished round may
        // have brought new versions to fetch or let a waiting upload go.
        connect(m_engine.get(), &SyncEngine::stateChanged, m_transfers.get(),
                [this](SyncEngine::State state) {
                    m_transfers->setOnline(state != SyncEngine::State::Offline
                                           && state != SyncEngine::State::Error);
                });
        connect(m_engine.get(), &SyncEngine::roundFinished, this, [this](int, int pulled) {
            m_transfers->kick();
            // A bucket purged because access ended brings no records but
            // changes what the person sees and may do.
            QStringList held = m_replica->cursors().keys();
            held.sort();
            if (pulled > 0 || held != m_heldBuckets) {
                m_heldBuckets = held;
                refresh();
            }
        });
        connect(m_transfers.get(), &FileTransfers::uploadFinished, this, &Workspace::refresh);
    }
    m_permissions = Permissions::fromReplica(*m_replica, m_options.user);
}

Workspace::~Workspace() {
    stop();
}

void Workspace::start() {
    if (m_engine)
        m_engine->start();
    if (m_transfers)
        m_transfers->start();
}

void Workspace::stop() {
    if (m_transfers)
        m_transfers->stop();
    if (m_engine)
        m_engine->stop();
}

common::Record Workspace::create(common::EntityType type, const QString &spaceId,
                                 const QJsonObject &fields) {
    common::Record record = m_replica->create(type, spaceId, fields, m_options.user.id);
    localChange();
    return record;
}

void Workspace::update(const QString &recordId, const QJsonObject &changedFields) {
    m_replica->update(recordId, changedFields, m_options.user.id);
    localChange();
}

void Workspace::remove(const QString &recordId) {
    m_replica->remove(recordId, m_options.user.id);
    localChange();
}

void Workspace::localChange() {
    if (m_engine)
        m_engine->notifyLocalChange();
    Q_EMIT recordsChanged();
}

void Workspace::setUser(const common::User &user) {
    m_options.user = user;
    refresh();
}

void Workspace::refresh() {
    Permissions fresh = Permissions::fromReplica(*m_replica, m_options.user);
    m_permissions = std::move(fresh);
    Q_EMIT permissionsChanged();
    Q_EMIT recordsChanged();
}

} // namespace hn::client
