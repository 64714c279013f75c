// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <functional>

namespace hn::client {

// Keeps session tokens in the operating system's keychain (QtKeychain:
// Secret Service, KWallet, Windows Credential Manager, macOS Keychain),
// one entry per profile (service "Helfernetz", key = the profile
// directory's name). Where no keychain exists (no Secret Service running,
// a bare X session, CI), the token is kept in memory only, and the person
// is told once that the session ends with the program. The token is never
// written to a plain file.
//
// QtKeychain works asynchronously; so do read/write/remove here.
class TokenStore : public QObject {
    Q_OBJECT
public:
    explicit TokenStore(QString service = QStringLiteral("Helfernetz"), QObject *parent = nullptr);

    // Calls `done` with the stored token ("" if there is none), always
    // later from the event loop.
    void read(const QString &key, std::function<void(const QString &token)> done);
    void write(const QString &key, const QString &token);
    void remove(const QString &key);

    // True once a keychain call failed for want of a keychain.
    bool isMemoryOnly() const { return m_memoryOnly; }
    QString unavailableReason() const { return m_reason; }

    // The sentence people see when there is no keychain.
    static QString memoryOnlyMessage(const QString &reason);

Q_SIGNALS:
    // Emitted once, the first time the keychain turns out to be missing.
    void keychainUnavailable(const QString &message);
    // A write has finished (in the keychain, or in memory only).
    void written(const QString &key);

private:
    void fallBackToMemory(const QString &reason);

    QString m_service;
    // The tokens of this run. Reads answer from here first, so a token just
    // written is found even while the keychain is still busy.
    QHash<QString, QString> m_tokens;
    bool m_memoryOnly = false;
    QString m_reason;
};

} // namespace hn::client
