// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/FileTransfers.h"
#include "client/core/SyncCounts.h"
#include "client/core/SyncEngine.h"

#include <QHash>
#include <QPair>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace hn::client {

class Workspace;

// The sync state in the main window's status bar (issue 5, point 6): online
// or not and why, the last successful sync, what waits in the outbox,
// rejected changes, conflicts and set-aside work (each a button that leads
// to its view), and progress bars while a large pull or a file transfer
// runs. Everything comes from the engine's and the transfers' signals and
// from the replica's counts; nothing here waits for the network.
class SyncStatusBar : public QWidget {
    Q_OBJECT
public:
    explicit SyncStatusBar(Workspace &workspace, QWidget *parent = nullptr);

    // What the bar shows now (tests and screen readers read the same text).
    QString stateText() const;
    QString lastSyncText() const;
    const SyncCounts &counts() const { return m_counts; }

public Q_SLOTS:
    // Reads the counts from the replica again (after a local edit or a
    // decision on a conflict).
    void refreshCounts();

Q_SIGNALS:
    void outboxRequested();
    void conflictsRequested();
    void setAsideRequested();

private:
    void showState(SyncEngine::State state, const QString &reason);
    void showCounts(const SyncCounts &counts);
    void showLastSync();
    void pullProgress(const QString &bucket, qint64 done, qint64 total);
    void pullEnded();
    void transferProgress(const QString &id, FileTransfers::Kind kind, qint64 done, qint64 total);
    void transferEnded(const QString &id);
    void showTransfers();

    Workspace &m_workspace;
    QLabel *m_stateIcon;
    QLabel *m_state;
    QLabel *m_lastSync;
    QPushButton *m_pending;
    QPushButton *m_rejected;
    QPushButton *m_conflicts;
    QPushButton *m_setAside;
    QProgressBar *m_pullBar;
    QProgressBar *m_transferBar;
    SyncCounts m_counts;
    // Per bucket of the running pull: records received and expected.
    QHash<QString, QPair<qint64, qint64>> m_pull;
    // Per running transfer (version id): kind, bytes done and total.
    struct Transfer {
        FileTransfers::Kind kind;
        qint64 done;
        qint64 total;
    };
    QHash<QString, Transfer> m_transfers;
};

} // namespace hn::client
