// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <memory>

namespace hn::common {

// Incremental SHA-256 over OpenSSL's EVP interface, which uses the CPU's
// SHA extensions where present (several times faster than
// QCryptographicHash, which matters for 200 MB files hashed while they
// stream). Movable, not copyable.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(Sha256 &&other) noexcept;
    Sha256 &operator=(Sha256 &&other) noexcept;
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(const char *data, std::size_t size);
    void addData(const QByteArray &data) {
        addData(data.constData(), static_cast<std::size_t>(data.size()));
    }

    // Finishes the hash: the 32-byte digest. The object then starts over
    // empty, so it can hash the next input.
    QByteArray result();
    // result() as 64 lower-case hex digits (the wire's sha256_hex).
    QString resultHex();
    // Bytes added since construction or the last result().
    qint64 bytesAdded() const { return m_bytes; }

    static QString hashHex(const QByteArray &data);
    // 64 lower-case hex digits?
    static bool isHexDigest(const QString &text);

private:
    void reset();

    struct Context;
    std::unique_ptr<Context> m_context;
    qint64 m_bytes = 0;
};

} // namespace hn::common
