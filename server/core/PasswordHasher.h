// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <cstddef>
#include <string_view>

namespace hn::server {

// Argon2id cost. The defaults are OWASP's minimum for argon2id (19 MiB,
// t=2, p=1; libsodium always uses p=1); lower values are refused.
struct PasswordCost {
    unsigned long long opsLimit = 2;
    std::size_t memoryBytes = std::size_t(19) * 1024 * 1024;
};

// Hashes and verifies passwords with libsodium's crypto_pwhash_str
// (argon2id, salted, parameters encoded in the result).
class PasswordHasher {
public:
    // Throws common::Error(InvalidArgument, "password_cost") below the minimum.
    explicit PasswordHasher(PasswordCost cost = {});

    QByteArray hash(std::string_view password) const;
    bool verify(const QByteArray &storedHash, std::string_view password) const;
    // True when the hash was made with other parameters than ours, so it
    // is replaced at the next successful login.
    bool needsRehash(const QByteArray &storedHash) const;
    // Spends the time of one verification without an account, so a login
    // for an unknown e-mail takes as long as one with a wrong password.
    void verifyAgainstDummy(std::string_view password) const;

    const PasswordCost &cost() const { return m_cost; }

private:
    PasswordCost m_cost;
    QByteArray m_dummyHash;
};

} // namespace hn::server
