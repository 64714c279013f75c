// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/core/ActivationCodes.h"

#include "server/store/ActivationCodeStore.h"

#include <QCryptographicHash>
#include <sodium.h>

namespace hn::server {

namespace {

constexpr char kAlphabet[] = "234679ACDEFGHJKMNPQRTUVWXYZ";
constexpr int kAlphabetSize = int(sizeof(kAlphabet)) - 1;

} // namespace

QString ActivationCodes::generate() {
    QString code;
    for (int i = 0; i < kLength; ++i) {
        if (i > 0 && i % 4 == 0)
            code += u'-';
        code += QLatin1Char(kAlphabet[randombytes_uniform(kAlphabetSize)]);
    }
    return code;
}

QString ActivationCodes::normalize(const QString &typed) {
    QString code;
    for (const QChar c : typed) {
        if (c == u'-' || c == u' ')
            continue;
        const QChar upper = c.toUpper();
        if (upper.unicode() > 127 || !QByteArray(kAlphabet).contains(char(upper.unicode())))
            return {};
        code += upper;
    }
    return code.size() == kLength ? code : QString();
}

QByteArray ActivationCodes::hash(const QString &normalized) {
    return QCryptographicHash::hash(normalized.toLatin1(), QCryptographicHash::Sha256);
}

IssuedActivationCode ActivationCodes::issue(QSqlDatabase db, const QString &userId,
                                            const QString &purpose, const QString &issuedBy,
                                            const QDateTime &now, int validDays) {
    IssuedActivationCode issued{generate(), now.addDays(validDays)};
    ActivationCodeStore(db).put(
        {userId, hash(normalize(issued.code)), purpose, now, issuedBy, issued.expiresAt});
    return issued;
}

bool ActivationCodes::matches(QSqlDatabase db, const QString &userId, const QString &typed,
                              const QDateTime &now) {
    const QString normalized = normalize(typed);
    if (normalized.isEmpty())
        return false;
    const auto stored = ActivationCodeStore(db).find(userId);
    if (!stored || stored->expiresAt <= now)
        return false;
    const QByteArray given = hash(normalized);
    return stored->codeHash.size() == given.size()
           && sodium_memcmp(stored->codeHash.constData(), given.constData(),
                            std::size_t(given.size()))
                  == 0;
}

} // namespace hn::server
