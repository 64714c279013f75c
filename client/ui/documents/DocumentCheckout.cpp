// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/documents/DocumentCheckout.h"

namespace hn::client {

namespace {
const QString kUserId = QStringLiteral("user_id");
const QString kCheckedOutAt = QStringLiteral("checked_out_at_ms");
const QString kExpiresAt = QStringLiteral("expires_at_ms");
} // namespace

DocumentCheckout DocumentCheckout::of(const common::Record &document, const QDateTime &now) {
    DocumentCheckout checkout;
    const QJsonObject lock = document.fields.value(QStringLiteral("checkout")).toObject();
    const QString holder = lock.value(kUserId).toString();
    const qint64 expires = lock.value(kExpiresAt).toInteger();
    if (holder.isEmpty())
        return checkout;
    if (expires != 0 && expires <= now.toMSecsSinceEpoch())
        return checkout;
    checkout.m_holderId = holder;
    if (expires != 0)
        checkout.m_expiresAt = QDateTime::fromMSecsSinceEpoch(expires, Qt::UTC);
    return checkout;
}

QJsonObject DocumentCheckout::take(const QString &userId) {
    // Only expires_at_ms is taken from a push; the own id tells "take with
    // the default expiry" apart from an unset lock (entities.proto).
    return {{kUserId, userId}, {kCheckedOutAt, 0}, {kExpiresAt, 0}};
}

QJsonObject DocumentCheckout::release() {
    return {{kUserId, QString()}, {kCheckedOutAt, 0}, {kExpiresAt, 0}};
}

} // namespace hn::client
