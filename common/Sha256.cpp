// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Sha256.h"

#include "common/Error.h"

#include <openssl/evp.h>

namespace hn::common {

struct Sha256::Context {
    EVP_MD_CTX *ctx = nullptr;
    ~Context() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256()
    : m_context(std::make_unique<Context>()) {
    m_context->ctx = EVP_MD_CTX_new();
    if (!m_context->ctx)
        throw Error::internal(QStringLiteral("SHA-256: out of memory"));
    reset();
}

Sha256::~Sha256() = default;
Sha256::Sha256(Sha256 &&other) noexcept = default;
Sha256 &Sha256::operator=(Sha256 &&other) noexcept = default;

void Sha256::reset() {
    if (EVP_DigestInit_ex(m_context->ctx, EVP_sha256(), nullptr) != 1)
        throw Error::internal(QStringLiteral("SHA-256: cannot initialise the digest"));
    m_bytes = 0;
}

void Sha256::addData(const char *data, std::size_t size) {
    if (size == 0)
        return;
    if (EVP_DigestUpdate(m_context->ctx, data, size) != 1)
        throw Error::internal(QStringLiteral("SHA-256: update failed"));
    m_bytes += static_cast<qint64>(size);
}

QByteArray Sha256::result() {
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_context->ctx, reinterpret_cast<unsigned char *>(digest.data()),
                           &length)
        != 1)
        throw Error::internal(QStringLiteral("SHA-256: finishing the digest failed"));
    digest.truncate(static_cast<qsizetype>(length));
    reset();
    return digest;
}

QString Sha256::resultHex() {
    return QString::fromLatin1(result().toHex());
}

QString Sha256::hashHex(const QByteArray &data) {
    Sha256 hash;
    hash.addData(data);
    return hash.resultHex();
}

bool Sha256::isHexDigest(const QString &text) {
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')))
            return false;
    }
    return true;
}

} // namespace hn::common
