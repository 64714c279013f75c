// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/core/PasswordHasher.h"

#include "common/Error.h"

#include <sodium.h>

namespace hn::server {

namespace {

constexpr PasswordCost kOwaspMinimum{};

void initSodium() {
    // sodium_init is thread-safe and idempotent; -1 means no usable RNG.
    if (sodium_init() < 0)
        throw common::Error::internal(QStringLiteral("libsodium could not be initialised"));
}

} // namespace

PasswordHasher::PasswordHasher(PasswordCost cost)
    : m_cost(cost) {
    initSodium();
    if (cost.opsLimit < kOwaspMinimum.opsLimit || cost.memoryBytes < kOwaspMinimum.memoryBytes) {
        throw common::Error::invalidArgument(
            QStringLiteral("password_cost"),
            QStringLiteral("argon2id cost below OWASP's minimum (t=%1, %2 MiB)")
                .arg(kOwaspMinimum.opsLimit)
                .arg(kOwaspMinimum.memoryBytes / (1024 * 1024)));
    }
    m_dummyHash = hash("helfernetz-dummy-password");
}

QByteArray PasswordHasher::hash(std::string_view password) const {
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, password.data(), password.size(), m_cost.opsLimit,
                              m_cost.memoryBytes, crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        throw common::Error::internal(
            QStringLiteral("password hashing ran out of memory (%1 bytes needed)")
                .arg(m_cost.memoryBytes));
    }
    return QByteArray(out);
}

bool PasswordHasher::verify(const QByteArray &storedHash, std::string_view password) const {
    // crypto_pwhash_str_verify needs a NUL-terminated string; QByteArray has one.
    return !storedHash.isEmpty()
           && crypto_pwhash_str_verify(storedHash.constData(), password.data(), password.size())
                  == 0;
}

bool PasswordHasher::needsRehash(const QByteArray &storedHash) const {
    return crypto_pwhash_str_needs_rehash(storedHash.constData(), m_cost.opsLimit,
                                          m_cost.memoryBytes)
           != 0;
}

void PasswordHasher::verifyAgainstDummy(std::string_view password) const {
    (void)verify(m_dummyHash, password);
}

} // namespace hn::server
