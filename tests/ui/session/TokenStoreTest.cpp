// SPDX-License-Identifier: GPL-3.0-or-later
// Without a keychain the token store keeps tokens in memory only, says so
// once, and never writes a file.
#include "client/ui/session/TokenStore.h"

#include "tests/ui/support/UiSession.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace hn;
using test::waitUntil;

TEST_CASE("token store: without a keychain tokens stay in memory and the person is told once") {
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/helfernetz-test-bus");
    QTemporaryDir home;
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());

    client::TokenStore store(QStringLiteral("Helfernetz-Test-TokenStore"));
    QSignalSpy unavailable(&store, &client::TokenStore::keychainUnavailable);
    QSignalSpy written(&store, &client::TokenStore::written);
    store.write(QStringLiteral("profile-a"), QStringLiteral("token-a"));
    REQUIRE(waitUntil([&] { return written.count() == 1; }));
    CHECK(store.isMemoryOnly());
    REQUIRE(unavailable.count() == 1);
    CHECK(unavailable.at(0).at(0).toString().contains(
        QStringLiteral("kept only until you close Helfernetz")));

    QString read;
    bool answered = false;
    store.read(QStringLiteral("profile-a"), [&](const QString &token) {
        read = token;
        answered = true;
    });
    REQUIRE(waitUntil([&] { return answered; }));
    CHECK(read == QStringLiteral("token-a"));

    // A second token: no second message.
    store.write(QStringLiteral("profile-b"), QStringLiteral("token-b"));
    REQUIRE(waitUntil([&] { return written.count() == 2; }));
    CHECK(unavailable.count() == 1);

    store.remove(QStringLiteral("profile-a"));
    answered = false;
    store.read(QStringLiteral("profile-a"), [&](const QString &token) {
        read = token;
        answered = true;
    });
    REQUIRE(waitUntil([&] { return answered; }));
    CHECK(read.isEmpty());

    // Nothing was written to a plain file anywhere in the home directory.
    QDirIterator files(home.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK_FALSE(file.readAll().contains("token-"));
    }
}
