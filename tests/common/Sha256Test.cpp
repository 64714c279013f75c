// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <catch2/catch.hpp>

using hn::common::Sha256;

TEST_CASE("Sha256 gives the standard digests") {
    CHECK(Sha256::hashHex({})
          == QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    CHECK(Sha256::hashHex("abc")
          == QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    // FIPS 180-2's two-block message.
    CHECK(Sha256::hashHex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
          == QStringLiteral("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
}

TEST_CASE("Sha256 hashes incrementally the same as at once and starts over after a result") {
    QRandomGenerator random(Catch::rngSeed());
    QByteArray data(300000, Qt::Uninitialized);
    for (char &c : data)
        c = static_cast<char>(random.bounded(256));
    const QByteArray expected = QCryptographicHash::hash(data, QCryptographicHash::Sha256);

    Sha256 hash;
    qsizetype at = 0;
    while (at < data.size()) {
        const qsizetype piece = std::min<qsizetype>(random.bounded(1, 70000), data.size() - at);
        hash.addData(data.constData() + at, static_cast<std::size_t>(piece));
        at += piece;
    }
    CHECK(hash.bytesAdded() == data.size());
    CHECK(hash.result() == expected);
    CHECK(hash.bytesAdded() == 0);
    CHECK(hash.resultHex() == Sha256::hashHex({}));

    Sha256 moved = std::move(hash);
    moved.addData("abc", 3);
    CHECK(moved.resultHex().startsWith(QStringLiteral("ba7816bf")));
}

TEST_CASE("Sha256 recognises a hex digest") {
    CHECK(Sha256::isHexDigest(Sha256::hashHex("x")));
    CHECK_FALSE(Sha256::isHexDigest(Sha256::hashHex("x").toUpper()));
    CHECK_FALSE(Sha256::isHexDigest(Sha256::hashHex("x").left(63)));
    CHECK_FALSE(Sha256::isHexDigest(Sha256::hashHex("x").left(63) + QLatin1Char('g')));
    CHECK_FALSE(Sha256::isHexDigest({}));
}
