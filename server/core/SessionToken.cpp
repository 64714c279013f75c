// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/core/SessionToken.h"

#include <QCryptographicHash>
#include <sodium.h>

namespace hn::server {

QString SessionToken::generate() {
    QByteArray random(kRandomBytes, Qt::Uninitialized);
    randombytes_buf(random.data(), std::size_t(random.size()));
    const QByteArray encoded =
        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    sodium_memzero(random.data(), std::size_t(random.size()));
    return QString::fromLatin1(encoded);
}

QByteArray SessionToken::hash(const QString &token) {
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

bool SessionToken::isWellFormed(const QString &token) {
    if (token.size() != kEncodedLength)
        return false;
    for (const QChar c : token) {
        const bool ok = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z')
                        || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace hn::server
