// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Record.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace hn::client {

// A document's check-out (entities.proto, DocumentCheckout) as the UI needs
// it: who holds the lock and until when. An expired lock is void. A lock
// taken on this device and not yet answered by the server has no expiry
// yet; it counts as held by its taker.
class DocumentCheckout {
public:
    static DocumentCheckout of(const common::Record &document, const QDateTime &now);

    bool isHeld() const { return !m_holderId.isEmpty(); }
    bool isHeldBy(const QString &userId) const { return isHeld() && m_holderId == userId; }
    bool isHeldByOther(const QString &userId) const { return isHeld() && m_holderId != userId; }
    const QString &holderId() const { return m_holderId; }
    // Invalid while the server has not answered a lock taken here.
    const QDateTime &expiresAt() const { return m_expiresAt; }

    // The changed "checkout" field that asks the server for the lock with
    // its default expiry, and the one that releases it.
    static QJsonObject take(const QString &userId);
    static QJsonObject release();

private:
    QString m_holderId;
    QDateTime m_expiresAt;
};

} // namespace hn::client
