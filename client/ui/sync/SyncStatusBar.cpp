// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/sync/SyncStatusBar.h"

#include "client/ui/shell/Workspace.h"
#include "common/Error.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace hn::client {

namespace {

// A pull smaller than this finishes before a bar could be read; showing
// one would only flicker.
constexpr qint64 kPullBarMinimum = 200;

QPushButton *countButton(const QString &objectName, const QString &icon, QWidget *parent) {
    auto *button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setFlat(true);
    button->setCursor(Qt::PointingHandCursor);
    if (!icon.isEmpty())
        button->setIcon(QIcon::fromTheme(icon));
    return button;
}

QProgressBar *progressBar(const QString &objectName, QWidget *parent) {
    auto *bar = new QProgressBar(parent);
    bar->setObjectName(objectName);
    bar->setMaximumWidth(220);
    bar->setTextVisible(true);
    bar->hide();
    return bar;
}

// Bars count in per mille: totals of bytes exceed int.
int perMille(qint64 done, qint64 total) {
    return total <= 0 ? 0 : int(std::min<qint64>(1000, done * 1000 / total));
}

} // namespace

SyncStatusBar::SyncStatusBar(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_stateIcon(new QLabel(this))
    , m_state(new QLabel(this))
    , m_lastSync(new QLabel(this))
    , m_pending(countButton(QStringLiteral("pendingButton"), QStringLiteral("mail-send"), this))
    , m_rejected(
          countButton(QStringLiteral("rejectedButton"), QStringLiteral("emblem-important"), this))
    , m_conflicts(
          countButton(QStringLiteral("conflictsButton"), QStringLiteral("emblem-important"), this))
    , m_setAside(
          countButton(QStringLiteral("setAsideButton"), QStringLiteral("document-save-as"), this))
    , m_pullBar(progressBar(QStringLiteral("pullProgress"), this))
    , m_transferBar(progressBar(QStringLiteral("transferProgress"), this)) {
    m_state->setObjectName(QStringLiteral("syncState"));
    m_lastSync->setObjectName(QStringLiteral("lastSync"));
    m_pullBar->setAccessibleName(tr("Synchronisation progress"));
    m_transferBar->setAccessibleName(tr("File transfer progress"));
    m_pending->setToolTip(tr("Show the outbox"));
    m_rejected->setToolTip(tr("Show the changes the server refused"));
    m_conflicts->setToolTip(tr("Show the conflicts to decide"));
    m_setAside->setToolTip(tr("Show work set aside after access to an area was removed"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_stateIcon);
    layout->addWidget(m_state);
    layout->addWidget(m_lastSync);
    layout->addWidget(m_pullBar);
    layout->addWidget(m_transferBar);
    // State on the left, what waits for the person on the right.
    layout->addStretch(1);
    layout->addWidget(m_pending);
    layout->addWidget(m_rejected);
    layout->addWidget(m_conflicts);
    layout->addWidget(m_setAside);

    connect(m_pending, &QPushButton::clicked, this, &SyncStatusBar::outboxRequested);
    connect(m_rejected, &QPushButton::clicked, this, &SyncStatusBar::outboxRequested);
    connect(m_conflicts, &QPushButton::clicked, this, &SyncStatusBar::conflictsRequested);
    connect(m_setAside, &QPushButton::clicked, this, &SyncStatusBar::setAsideRequested);
    connect(&m_workspace, &Workspace::recordsChanged, this, &SyncStatusBar::refreshCounts);

    if (SyncEngine *engine = m_workspace.engine()) {
        connect(engine, &SyncEngine::stateChanged, this, &SyncStatusBar::showState);
        connect(engine, &SyncEngine::countsChanged, this, &SyncStatusBar::showCounts);
        connect(engine, &SyncEngine::progress, this, &SyncStatusBar::pullProgress);
        connect(engine, &SyncEngine::roundFinished, this, [this] {
            showLastSync();
            pullEnded();
        });
        showState(engine->state(), engine->stateReason());
    } else {
        m_state->setText(tr("Offline"));
        m_stateIcon->setPixmap(QIcon::fromTheme(QStringLiteral("network-offline"))
                                   .pixmap(QSize(16, 16), devicePixelRatioF()));
        m_state->setToolTip(tr("Opened without a connection to the server; changes wait in the"
                               " outbox until you log in."));
    }
    if (FileTransfers *transfers = m_workspace.transfers()) {
        connect(transfers, &FileTransfers::progress, this, &SyncStatusBar::transferProgress);
        connect(transfers, &FileTransfers::fileReady, this,
                [this](const QString &id) { transferEnded(id); });
        connect(transfers, &FileTransfers::uploadFinished, this, &SyncStatusBar::transferEnded);
        connect(transfers, &FileTransfers::transferFailed, this,
                [this](const QString &id) { transferEnded(id); });
        connect(transfers, &FileTransfers::uploadStopped, this,
                [this](const QString &id) { transferEnded(id); });
        connect(transfers, &FileTransfers::settled, this, [this] {
            m_transfers.clear();
            showTransfers();
        });
    }
    m_state->setAccessibleName(tr("Connection"));
    m_lastSync->setAccessibleName(tr("Last synchronisation"));
    showLastSync();
    refreshCounts();
}

QString SyncStatusBar::stateText() const {
    return m_state->text();
}

QString SyncStatusBar::lastSyncText() const {
    return m_lastSync->text();
}

void SyncStatusBar::refreshCounts() {
    try {
        showCounts(m_workspace.replica().counts());
    } catch (const common::Error &error) {
        m_pending->setText(tr("Outbox unreadable"));
        m_pending->setToolTip(error.describe());
        m_pending->setAccessibleName(m_pending->text());
    }
}

void SyncStatusBar::showState(SyncEngine::State state, const QString &reason) {
    QString text;
    QString icon;
    switch (state) {
    case SyncEngine::State::Offline:
        text = tr("Offline");
        icon = QStringLiteral("network-offline");
        break;
    case SyncEngine::State::Connecting:
        text = tr("Connecting…");
        icon = QStringLiteral("network-transmit-receive");
        break;
    case SyncEngine::State::Syncing:
        text = tr("Synchronising…");
        icon = QStringLiteral("emblem-synchronizing");
        break;
    case SyncEngine::State::Idle:
        text = tr("Online");
        icon = QStringLiteral("network-idle");
        break;
    case SyncEngine::State::Error:
        text = tr("Sync error");
        icon = QStringLiteral("dialog-error");
        break;
    }
    m_state->setText(text);
    // The reason (which server, why, when the next try comes) can be long:
    // it goes into the tooltip and the accessible description.
    m_state->setToolTip(reason);
    m_state->setAccessibleDescription(reason);
    m_stateIcon->setPixmap(QIcon::fromTheme(icon).pixmap(QSize(16, 16), devicePixelRatioF()));
    m_stateIcon->setAccessibleName(text);
    if (state != SyncEngine::State::Syncing)
        pullEnded();
}

void SyncStatusBar::showCounts(const SyncCounts &counts) {
    m_counts = counts;
    const int waiting = counts.pending + counts.inFlight;
    m_pending->setText(waiting == 0 ? tr("Nothing to send")
                                    : tr("%n change(s) to send", nullptr, waiting));
    m_pending->setAccessibleName(m_pending->text());
    m_rejected->setText(tr("%n rejected", nullptr, counts.rejected));
    m_rejected->setAccessibleName(m_rejected->text());
    m_rejected->setVisible(counts.rejected > 0);
    m_conflicts->setText(tr("%n conflict(s)", nullptr, counts.conflicts));
    m_conflicts->setAccessibleName(m_conflicts->text());
    m_conflicts->setVisible(counts.conflicts > 0);
    m_setAside->setText(tr("%n set aside", nullptr, counts.setAside));
    m_setAside->setAccessibleName(m_setAside->text());
    m_setAside->setVisible(counts.setAside > 0);
}

void SyncStatusBar::showLastSync() {
    const SyncEngine *engine = m_workspace.engine();
    const QDateTime at = engine ? engine->lastSync() : QDateTime();
    if (!at.isValid()) {
        m_lastSync->setText(tr("Not yet synchronised"));
        m_lastSync->setToolTip({});
        return;
    }
    const QDateTime local = at.toLocalTime();
    const QLocale locale;
    const bool today = local.date() == m_workspace.clock().now().toLocalTime().date();
    m_lastSync->setText(
        today ? tr("Synchronised %1").arg(locale.toString(local.time(), QLocale::ShortFormat))
              : tr("Synchronised %1").arg(locale.toString(local, QLocale::ShortFormat)));
    m_lastSync->setToolTip(locale.toString(local, QLocale::LongFormat));
}

void SyncStatusBar::pullProgress(const QString &bucket, qint64 done, qint64 total) {
    m_pull.insert(bucket, {done, total});
    qint64 allDone = 0;
    qint64 allTotal = 0;
    for (const auto &p : std::as_const(m_pull)) {
        allDone += p.first;
        allTotal += p.second;
    }
    if (allTotal < kPullBarMinimum || allDone >= allTotal) {
        m_pullBar->hide();
        return;
    }
    m_pullBar->setRange(0, 1000);
    m_pullBar->setValue(perMille(allDone, allTotal));
    m_pullBar->setFormat(tr("Receiving records: %1 of %2")
                             .arg(QLocale().toString(allDone), QLocale().toString(allTotal)));
    m_pullBar->show();
}

void SyncStatusBar::pullEnded() {
    m_pull.clear();
    m_pullBar->hide();
}

void SyncStatusBar::transferProgress(const QString &id, FileTransfers::Kind kind, qint64 done,
                                     qint64 total) {
    if (total > 0 && done >= total)
        m_transfers.remove(id);
    else
        m_transfers.insert(id, {kind, done, total});
    showTransfers();
}

void SyncStatusBar::transferEnded(const QString &id) {
    m_transfers.remove(id);
    showTransfers();
}

void SyncStatusBar::showTransfers() {
    if (m_transfers.isEmpty()) {
        m_transferBar->hide();
        return;
    }
    qint64 done = 0;
    qint64 total = 0;
    int uploads = 0;
    for (const Transfer &t : std::as_const(m_transfers)) {
        done += t.done;
        total += t.total;
        uploads += t.kind == FileTransfers::Kind::Upload ? 1 : 0;
    }
    const int count = int(m_transfers.size());
    const QString what = uploads == count ? tr("Uploading %n file(s)", nullptr, count)
                         : uploads == 0   ? tr("Downloading %n file(s)", nullptr, count)
                                          : tr("Transferring %n file(s)", nullptr, count);
    m_transferBar->setRange(0, 1000);
    m_transferBar->setValue(perMille(done, total));
    m_transferBar->setFormat(tr("%1: %2 %").arg(what).arg(perMille(done, total) / 10));
    m_transferBar->setToolTip(what);
    m_transferBar->show();
}

} // namespace hn::client
