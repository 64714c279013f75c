// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/store/AccessRequestStore.h"

#include "tests/server/store/StoreTesting.h"

using namespace hn;
using namespace hn::test;
using common::AccessRequest;
using common::AccessRequestStatus;
using server::AccessRequestStore;

namespace {

AccessRequest request(int n, const QString &email, qint64 createdOffsetMs) {
    AccessRequest r;
    r.id = QStringLiteral("acce5500-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
    r.name = QStringLiteral("Ayşe Çelik-Weiß");
    r.email = email;
    r.organization = QStringLiteral("Initiative \"Willkommen in Öhringen\"");
    r.municipality = QStringLiteral("Öhringen");
    r.message = QStringLiteral("Hallo,\nwir möchten mitmachen. %1").arg(kInjection());
    r.createdAt = at(createdOffsetMs);
    return r;
}

void checkRequest(const AccessRequest &actual, const AccessRequest &expected) {
    checkText(actual.id, expected.id);
    checkText(actual.name, expected.name);
    checkText(actual.email, expected.email);
    checkText(actual.organization, expected.organization);
    checkText(actual.municipality, expected.municipality);
    checkText(actual.message, expected.message);
    CHECK(actual.status == expected.status);
    checkTime(actual.createdAt, expected.createdAt);
    checkText(actual.reviewedBy, expected.reviewedBy);
    checkTime(actual.reviewedAt, expected.reviewedAt);
    checkText(actual.reviewNote, expected.reviewNote);
}

QStringList ids(const QList<AccessRequest> &requests) {
    QStringList result;
    for (const AccessRequest &r : requests)
        result << r.id.right(1);
    return result;
}

} // namespace

TEST_CASE("access requests: insert, find and review round-trip every field exactly") {
    TempDatabase temp;
    AccessRequest r = request(1, QStringLiteral("ayse@example.org"), 0);
    r.organization = QString();
    r.municipality = QStringLiteral("");
    temp.db().write([&](QSqlDatabase &db) { AccessRequestStore(db).insert(r); });
    auto found = AccessRequestStore(temp.db().connection()).findById(r.id);
    REQUIRE(found);
    checkRequest(*found, r);

    AccessRequest reviewed = r;
    reviewed.status = AccessRequestStatus::Rejected;
    reviewed.reviewedBy = QStringLiteral("0000aaaa-0000-4000-8000-000000000001");
    reviewed.reviewedAt = at(86400001);
    reviewed.reviewNote = QStringLiteral("Bitte über die Koordinierungsstelle anfragen.");
    reviewed.message = QStringLiteral("not updatable");
    bool updated = false;
    temp.db().write([&](QSqlDatabase &db) { updated = AccessRequestStore(db).update(reviewed); });
    CHECK(updated);
    AccessRequest expected = reviewed;
    expected.message = r.message;
    found = AccessRequestStore(temp.db().connection()).findById(r.id);
    REQUIRE(found);
    checkRequest(*found, expected);

    reviewed.id = QStringLiteral("no-such-request");
    temp.db().write([&](QSqlDatabase &db) { updated = AccessRequestStore(db).update(reviewed); });
    CHECK_FALSE(updated);
    CHECK_FALSE(AccessRequestStore(temp.db().connection()).findById(reviewed.id));
}

TEST_CASE("access requests: listed oldest first, by status, and pending ones counted") {
    TempDatabase temp;
    AccessRequest approved = request(1, QStringLiteral("a@example.org"), 3000);
    approved.status = AccessRequestStatus::Approved;
    AccessRequest rejected = request(2, QStringLiteral("b@example.org"), 1000);
    rejected.status = AccessRequestStatus::Rejected;
    const AccessRequest pendingLate = request(3, QStringLiteral("b@example.org"), 4000);
    const AccessRequest pendingEarly = request(4, QStringLiteral("b@example.org"), 2000);
    const AccessRequest pendingOther = request(5, QStringLiteral("c@example.org"), 0);
    temp.db().write([&](QSqlDatabase &db) {
        AccessRequestStore store(db);
        for (const AccessRequest &r : {approved, rejected, pendingLate, pendingEarly, pendingOther})
            store.insert(r);
    });

    AccessRequestStore store(temp.db().connection());
    CHECK(ids(store.list())
          == QStringList{QStringLiteral("5"), QStringLiteral("2"), QStringLiteral("4"),
                         QStringLiteral("1"), QStringLiteral("3")});
    CHECK(ids(store.list(AccessRequestStatus::Pending))
          == QStringList{QStringLiteral("5"), QStringLiteral("4"), QStringLiteral("3")});
    CHECK(ids(store.list(AccessRequestStatus::Approved)) == QStringList{QStringLiteral("1")});
    CHECK(ids(store.list(AccessRequestStatus::Rejected)) == QStringList{QStringLiteral("2")});
    CHECK(store.countPendingForEmail(QStringLiteral("b@example.org")) == 2);
    CHECK(store.countPendingForEmail(QStringLiteral("a@example.org")) == 0);
    CHECK(store.countPendingForEmail(QStringLiteral("nobody@example.org")) == 0);

    const auto found = store.findById(approved.id);
    REQUIRE(found);
    checkRequest(*found, approved);
}

TEST_CASE("access requests: an unknown status in the table is an Internal error") {
    TempDatabase temp;
    const AccessRequest r = request(1, QStringLiteral("a@example.org"), 0);
    temp.db().write([&](QSqlDatabase &db) { AccessRequestStore(db).insert(r); });
    rawExec(temp.db().connection(), QStringLiteral("UPDATE access_requests SET status = 'maybe'"));
    const common::Error error =
        errorFrom([&] { AccessRequestStore(temp.db().connection()).list(); });
    CHECK(error.code() == common::ErrorCode::Internal);
    CHECK(error.message().contains(QStringLiteral("access_requests")));
    CHECK(error.message().contains(r.id));
    CHECK(error.message().contains(QStringLiteral("status")));
}
