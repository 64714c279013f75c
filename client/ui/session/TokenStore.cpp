// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/session/TokenStore.h"

#include <QMetaObject>
#include <qt6keychain/keychain.h>

namespace hn::client {

TokenStore::TokenStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service)) {}

QString TokenStore::memoryOnlyMessage(const QString &reason) {
    return tr("No keychain is available on this computer (%1). The session is kept only until "
              "you close Helfernetz; you will have to log in again at the next start.")
        .arg(reason);
}

void TokenStore::fallBackToMemory(const QString &reason) {
    if (m_memoryOnly)
        return;
    m_memoryOnly = true;
    m_reason = reason.isEmpty() ? tr("no keychain service") : reason;
    Q_EMIT keychainUnavailable(memoryOnlyMessage(m_reason));
}

void TokenStore::read(const QString &key, std::function<void(const QString &)> done) {
    const auto known = m_tokens.constFind(key);
    if (known != m_tokens.constEnd() || m_memoryOnly) {
        const QString token = known != m_tokens.constEnd() ? *known : QString();
        QMetaObject::invokeMethod(
            this, [done = std::move(done), token] { done(token); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    job->setInsecureFallback(false); // never a plain file
    connect(job, &QKeychain::Job::finished, this,
            [this, key, done = std::move(done)](QKeychain::Job *finished) {
                auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
                QString token;
                if (readJob->error() == QKeychain::NoError) {
                    token = readJob->textData();
                    m_tokens.insert(key, token);
                } else if (readJob->error() != QKeychain::EntryNotFound) {
                    fallBackToMemory(readJob->errorString());
                }
                done(token);
            });
    job->start();
}

void TokenStore::write(const QString &key, const QString &token) {
    m_tokens.insert(key, token);
    if (m_memoryOnly) {
        QMetaObject::invokeMethod(
            this, [this, key] { Q_EMIT written(key); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError)
            fallBackToMemory(finished->errorString());
        Q_EMIT written(key);
    });
    job->start();
}

void TokenStore::remove(const QString &key) {
    m_tokens.remove(key);
    if (m_memoryOnly)
        return;
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    job->setInsecureFallback(false);
    // A token that cannot be deleted is useless anyway: the server ended
    // or will end its session, so the result is not waited for.
    job->start();
}

} // namespace hn::client
